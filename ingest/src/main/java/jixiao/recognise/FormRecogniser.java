package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.Form;
import jixiao.model.Reject;
import jixiao.model.RejectReason;
import jixiao.model.Region;
import jixiao.model.SetAside;
import jixiao.model.SummaryRow;
import jixiao.read.Grid;
import jixiao.read.Row;
import jixiao.recognise.clean.GridCleaner;
import jixiao.recognise.stream.ReadingQuality;
import jixiao.recognise.stream.StreamRecogniser;

/**
 * The one recogniser every format shares: grids in, forms, summary rows and set-aside tables out.
 * Sections are cut by titles and labels; each form section is read, checked for completeness and
 * numbered in document order; what is not a project form is kept apart, never emitted as one.
 */
public final class FormRecogniser {
    private final StreamRecogniser stream = new StreamRecogniser();

    public Recognised recognise(String source, List<Grid> printed) {
        List<Grid> grids = GridCleaner.clean(printed);
        String mode = System.getProperty("jixiao.reader", "auto");
        if (mode.equals("legacy")) return byColumns(source, grids);
        Recognised s = stream.recognise(source, grids);
        if (mode.equals("stream")) return s;
        Recognised c = byColumns(source, grids);
        return choose(c, s);
    }

    /**
     * The reading to keep for a document: the column reading where it holds at least as much as the
     * stream reading (it reads the templates it was built on exactly), else the stream reading, with
     * the column reading's summary tables.
     */
    private static Recognised choose(Recognised columns, Recognised stream) {
        if (!columns.forms().isEmpty() && ReadingQuality.of(columns) >= ReadingQuality.of(stream)) return columns;
        List<SetAside> aside = new ArrayList<>();
        for (SetAside s : stream.setAside()) {
            // summary tables are read by the column reader; one it read is not set aside
            if (!(s.kind().equals("summary table") && !columns.summaries().isEmpty())) aside.add(s);
        }
        return new Recognised(stream.forms(), columns.summaries(), aside, stream.rejects());
    }

    private Recognised byColumns(String source, List<Grid> grids) {
        List<RecognisedForm> forms = new ArrayList<>();
        List<SummaryRow> summaries = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        DocumentContext ctx = new DocumentContext();
        int summaryTables = 0;
        for (Grid grid : grids) {
            for (Section s : SectionSplitter.split(grid)) {
                noteContext(s, ctx);
                switch (s.kind) {
                    case FORM -> readForm(source, s, ctx, forms, setAside, rejects);
                    case SUMMARY -> {
                        List<SummaryRow> rows = SummaryReader.read(source, summaryTables, s, ctx);
                        if (!rows.isEmpty()) {
                            summaries.addAll(rows);
                            summaryTables++;
                        }
                    }
                    case DEPARTMENT_WIDE -> setAside.add(aside(source, s, "department-wide evaluation"));
                    case METHOD -> setAside.add(aside(source, s, "evaluation-method table"));
                    case PREAMBLE, NARRATIVE -> {
                        // narrative text: nothing to read, only context (year, department) for what follows
                    }
                }
            }
        }
        return new Recognised(forms, summaries, setAside, rejects);
    }

    private static void readForm(String source, Section s, DocumentContext ctx, List<RecognisedForm> forms,
                                 List<SetAside> setAside, List<Reject> rejects) {
        FormDraft d = FormReader.read(s, ctx);
        boolean hasTable = d.table().found() && !d.indicators().isEmpty();
        if (!d.hasLabel() && !hasTable && !d.budget().hasAmounts()) return; // a title with nothing under it
        if (d.isBlank()) {
            setAside.add(aside(source, s, "blank template"));
            return;
        }
        if (!hasTable) {
            rejects.add(new Reject(source, s.place(), RejectReason.INCOMPLETE_FORM,
                    "form " + quoted(d.projectName()) + " has no readable indicator table (一级指标/二级指标/三级指标)"));
        } else if (!d.budget().hasAmounts() && d.table().executionRate() == null) {
            rejects.add(new Reject(source, s.place(), RejectReason.INCOMPLETE_FORM,
                    "form " + quoted(d.projectName()) + " has no readable budget block (全年预算数/全年执行数/执行率)"));
        }
        forms.add(new RecognisedForm(toForm(source, forms.size(), d), regionNames(d, ctx)));
    }

    private static Form toForm(String source, int index, FormDraft d) {
        BudgetBlock b = d.budget();
        IndicatorTable t = d.table();
        Double rate = b.rate() != null ? b.rate() : t.executionRate();
        Double weight = b.weight() != null ? b.weight() : t.executionWeight();
        Double score = b.score() != null ? b.score() : t.executionScore();
        return new Form(source, index, d.place(), d.fiscalYear(), d.projectName(), d.projectCode(), d.department(),
                d.implementingUnit(), Region.UNKNOWN, d.amountUnit(), b.initial(), b.adjusted(), b.executed(), rate,
                weight, score, t.totalScore(), t.indicators(), d.conclusion(), d.problems(), d.improvements(),
                b.reason() != null ? b.reason() : t.executionReason());
    }

    private static List<String> regionNames(FormDraft d, DocumentContext ctx) {
        List<String> names = new ArrayList<>();
        if (d.department() != null) names.add(d.department());
        if (d.implementingUnit() != null) names.add(d.implementingUnit());
        if (ctx.department != null) names.add(ctx.department);
        return names;
    }

    /** Titles and cover lines set the year and department that later forms inherit. */
    private static void noteContext(Section s, DocumentContext ctx) {
        if (s.title != null) {
            Integer y = Values.year(s.title);
            if (y != null) ctx.year = y;
        }
        for (Row r : s.rows) {
            String dept = SummaryReader.departmentLine(r);
            if (dept != null) ctx.department = dept;
        }
    }

    private static SetAside aside(String source, Section s, String kind) {
        return new SetAside(source, s.place(), kind, s.title, s.rows.size());
    }

    private static String quoted(String name) {
        return name == null || name.isEmpty() ? "(no name)" : "「" + name + "」";
    }
}
