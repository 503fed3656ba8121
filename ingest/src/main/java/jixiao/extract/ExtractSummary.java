package jixiao.extract;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jixiao.model.DocumentResult;
import jixiao.model.DocumentStatus;
import jixiao.model.Reject;

/** The closing account of a batch: every input read, partly read or rejected, with the reasons. */
public record ExtractSummary(int files, Map<DocumentStatus, Integer> byStatus, int forms, int summaryRows,
                             int setAside, List<Reject> rejects, double seconds) {

    /** Rejects listed in the closing account; the lake keeps every one. */
    private static final int SHOWN = 20;

    public static ExtractSummary of(List<DocumentResult> results, double seconds) {
        Map<DocumentStatus, Integer> by = new EnumMap<>(DocumentStatus.class);
        for (DocumentStatus s : DocumentStatus.values()) by.put(s, 0);
        int forms = 0, sums = 0, aside = 0;
        List<Reject> rejects = new java.util.ArrayList<>();
        for (DocumentResult r : results) {
            by.merge(r.status(), 1, Integer::sum);
            forms += r.forms().size();
            sums += r.summaries().size();
            aside += r.setAside().size();
            rejects.addAll(r.rejects());
        }
        return new ExtractSummary(results.size(), by, forms, sums, aside, List.copyOf(rejects), seconds);
    }

    /** Two batches' accounts as one. */
    public ExtractSummary plus(ExtractSummary o) {
        Map<DocumentStatus, Integer> by = new EnumMap<>(byStatus);
        o.byStatus.forEach((k, v) -> by.merge(k, v, Integer::sum));
        List<Reject> all = new java.util.ArrayList<>(rejects);
        all.addAll(o.rejects);
        return new ExtractSummary(files + o.files, by, forms + o.forms, summaryRows + o.summaryRows,
                setAside + o.setAside, List.copyOf(all), seconds + o.seconds);
    }

    public ExtractSummary withSeconds(double s) {
        return new ExtractSummary(files, byStatus, forms, summaryRows, setAside, rejects, s);
    }

    public void print(PrintStream out) {
        out.printf("%d files: %d read, %d partial, %d rejected; %d forms, %d summary rows, %d tables set aside; %.1f s%n",
                files, byStatus.get(DocumentStatus.READ), byStatus.get(DocumentStatus.PARTIAL),
                byStatus.get(DocumentStatus.REJECTED), forms, summaryRows, setAside, seconds);
        rejects.stream().limit(SHOWN).forEach(r -> out.println("  rejected: " + r));
        if (rejects.size() > SHOWN) out.printf("  … and %d more rejects (all of them are in silver/rejects)%n", rejects.size() - SHOWN);
    }
}
