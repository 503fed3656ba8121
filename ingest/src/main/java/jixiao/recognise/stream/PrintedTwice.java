package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.model.Reading;
import jixiao.recognise.RecognisedForm;

/**
 * One form printed twice on a page (a portal's 内容概述 field runs the form together, then the table
 * prints it again): two neighbouring forms with the same project name and nothing that disagrees are
 * one form, each copy filling what the other does not show.
 */
final class PrintedTwice {
    private PrintedTwice() {
    }

    static List<RecognisedForm> merge(List<RecognisedForm> forms) {
        List<RecognisedForm> out = new ArrayList<>();
        for (RecognisedForm f : forms) {
            RecognisedForm last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && sameForm(last.form(), f.form())) {
                List<String> names = new ArrayList<>(new LinkedHashSet<>(concat(last.regionNames(), f.regionNames())));
                out.set(out.size() - 1, new RecognisedForm(combine(last.form(), f.form()), names));
            } else {
                out.add(f);
            }
        }
        List<RecognisedForm> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Form f = out.get(i).form();
            numbered.add(f.formIndex() == i ? out.get(i) : new RecognisedForm(f.withIndex(i), out.get(i).regionNames()));
        }
        return numbered;
    }

    static boolean sameForm(Form a, Form b) {
        String na = bare(a.projectName());
        if (na == null || !na.equals(bare(b.projectName()))) return false;
        boolean agree = agree(a.fiscalYear(), b.fiscalYear()) && agree(bare(a.projectCode()), bare(b.projectCode()))
                && agree(bare(a.department()), bare(b.department())) && agree(bare(a.implementingUnit()), bare(b.implementingUnit()))
                && agree(a.budgetInitial(), b.budgetInitial()) && agree(a.budgetAdjusted(), b.budgetAdjusted())
                && agree(a.executed(), b.executed()) && agree(a.executionRate(), b.executionRate())
                && agree(a.totalScore(), b.totalScore());
        if (!agree) return false;
        if (a.indicators().isEmpty() || b.indicators().isEmpty()) return true;
        return a.indicators().stream().map(Indicator::name).toList().equals(b.indicators().stream().map(Indicator::name).toList());
    }

    private static Form combine(Form a, Form b) {
        List<Indicator> indicators = a.indicators().size() >= b.indicators().size() ? a.indicators() : b.indicators();
        Reading ra = a.reading();
        Reading rb = b.reading();
        List<String> missing = ra.missing().stream().filter(rb.missing()::contains).toList();
        Reading reading = new Reading(ra.template().equals("unknown") ? rb.template() : ra.template(), ra.strategy(),
                !missing.isEmpty(), missing, Math.max(ra.confidence(), rb.confidence()),
                ra.notes().isEmpty() ? rb.notes() : ra.notes(),
                concat(concat(ra.provenance(), rb.provenance()), List.of("the form is printed twice on the page: both copies read as one")));
        return new Form(a.source(), a.formIndex(), a.place(), first(a.fiscalYear(), b.fiscalYear()),
                first(clean(a.projectName()), clean(b.projectName())), first(clean(a.projectCode()), clean(b.projectCode())),
                first(clean(a.department()), clean(b.department())),
                first(clean(a.implementingUnit()), clean(b.implementingUnit())), a.region(),
                first(a.amountUnit(), b.amountUnit()), first(a.budgetInitial(), b.budgetInitial()),
                first(a.budgetAdjusted(), b.budgetAdjusted()), first(a.executed(), b.executed()),
                first(a.executionRate(), b.executionRate()), first(a.executionWeight(), b.executionWeight()),
                first(a.executionScore(), b.executionScore()), first(a.totalScore(), b.totalScore()), indicators,
                first(a.conclusion(), b.conclusion()), first(a.problems(), b.problems()),
                first(a.improvements(), b.improvements()), first(a.executionReason(), b.executionReason()), reading);
    }

    /** A value without the table delimiters and spaces an export left around it. */
    private static String bare(String s) {
        if (s == null) return null;
        String t = s.replaceAll("[|\\s]", "");
        return t.isEmpty() ? null : t;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replaceAll("^[|\\s]+|[|\\s]+$", "");
        return t.isEmpty() ? null : t;
    }

    private static boolean agree(Object x, Object y) {
        if (x == null || y == null) return true;
        if (x instanceof Double dx && y instanceof Double dy) return Math.abs(dx - dy) < 1e-6;
        if (x instanceof String sx && y instanceof String sy) return sx.startsWith(sy) || sy.startsWith(sx); // one copy cut short
        return Objects.equals(x, y);
    }

    private static <T> T first(T x, T y) {
        return x != null ? x : y;
    }

    /** The fuller of two agreeing texts (one copy may be cut short). */
    private static String first(String x, String y) {
        if (x == null) return y;
        if (y == null) return x;
        return y.length() > x.length() ? y : x;
    }

    private static List<String> concat(List<String> x, List<String> y) {
        List<String> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }
}
