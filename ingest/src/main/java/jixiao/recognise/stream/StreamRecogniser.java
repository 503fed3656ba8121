package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.Form;
import jixiao.model.Reading;
import jixiao.model.Reject;
import jixiao.model.RejectReason;
import jixiao.model.SetAside;
import jixiao.model.SummaryRow;
import jixiao.read.Grid;
import jixiao.recognise.Recognised;
import jixiao.recognise.RecognisedForm;
import jixiao.recognise.SummaryReader;
import jixiao.recognise.vocab.Key;
import jixiao.recognise.vocab.Template;
import jixiao.recognise.vocab.Templates;

/**
 * Reads forms from whatever structure survives: the document as pieces in reading order, forms
 * found by their anchors, each form's labels, budget block and indicator table read by what each
 * piece is, the table's reading chosen by the form's own arithmetic. A form shown only in part
 * (a page cut off, a page starting mid-table) is a partial form that says what it lacks.
 */
public final class StreamRecogniser {

    public Recognised recognise(String source, List<Grid> grids) {
        List<Piece> pieces = Segmenter.pieces(grids);
        List<RecognisedForm> forms = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<SummaryRow> summaries = new ArrayList<>();
        int summaryTables = 0;
        Integer documentYear = null;
        for (Span r : FormFinder.find(pieces)) {
            switch (r.kind()) {
                case DEPARTMENT_WIDE -> setAside.add(aside(source, r, "department-wide evaluation"));
                case METHOD -> setAside.add(aside(source, r, "evaluation-method table"));
                case TARGET -> setAside.add(aside(source, r, "performance target table (绩效目标表: targets only, no actuals or scores)"));
                case SUMMARY -> {
                    List<SummaryRow> rows = SummaryReader.read(source, summaryTables, rowsOf(grids, r),
                            r.title() == null ? documentYear : Labels.yearIn(r.title().text(), false), null);
                    if (rows.isEmpty()) {
                        setAside.add(aside(source, r, "summary table"));
                    } else {
                        summaries.addAll(rows);
                        summaryTables++;
                    }
                }
                case FORM -> {
                    Read read = read(source, r, forms.size(), documentYear);
                    if (read == null) {
                        Integer y = r.title() == null ? null : Labels.yearIn(r.title().text(), false);
                        if (y != null) documentYear = y;
                        continue;
                    }
                    if (read.blank) {
                        setAside.add(aside(source, r, "blank template"));
                        continue;
                    }
                    forms.add(new RecognisedForm(read.form, read.regionNames));
                }
            }
        }
        forms = PrintedTwice.merge(forms);
        for (RecognisedForm f : forms) {
            if (f.form().reading().partial()) {
                rejects.add(new Reject(source, f.form().place(), RejectReason.INCOMPLETE_FORM, "form "
                        + quoted(f.form().projectName()) + " is shown only in part: no "
                        + String.join(", no ", f.form().reading().missing())));
            }
        }
        return new Recognised(forms, summaries, setAside, rejects);
    }

    /** The printed rows a span covers, for readers that go by rows (summary tables). */
    private static List<jixiao.read.Row> rowsOf(List<Grid> grids, Span r) {
        List<jixiao.read.Row> out = new ArrayList<>();
        Piece first = r.get(0);
        Piece last = r.get(r.size() - 1);
        for (int g = first.grid(); g <= last.grid() && g < grids.size(); g++) {
            List<jixiao.read.Row> rows = Segmenter.rowsOf(grids.get(g));
            for (int at = 0; at < rows.size(); at++) {
                boolean after = g > first.grid() || at >= first.row();
                boolean before = g < last.grid() || at <= last.row();
                if (after && before) out.add(rows.get(at));
            }
        }
        return out;
    }

    /** How a document was read, for a person checking a reading: its spans, budget and table choices. */
    public static String explain(List<Grid> grids) {
        StringBuilder sb = new StringBuilder();
        List<Piece> pieces = Segmenter.pieces(grids);
        for (Span r : FormFinder.find(pieces)) {
            sb.append("span ").append(r.kind()).append(" at ").append(r.place()).append(" title=")
                    .append(r.title() == null ? "-" : r.title().text()).append(" pieces=").append(r.size()).append('\n');
            if (r.kind() != Span.Kind.FORM) continue;
            int header = IndicatorReader.headerAt(r);
            int firstRow = IndicatorReader.firstRowAt(r);
            int labelsEnd = header >= 0 ? header : firstRow >= 0 ? firstRow : r.size();
            Labels labels = new Labels(r, labelsEnd);
            sb.append("  head ").append(labels.head()).append('\n');
            sb.append("  budget ").append(BudgetReader.read(labels.head())).append('\n');
            IndicatorReader.Table t = IndicatorReader.read(r, 0);
            sb.append("  table ").append(t.strategy()).append(" ").append(t.schema()).append(" template=").append(t.template())
                    .append(" cost=").append(String.format("%.2f", t.cost())).append(" total=").append(t.total()).append('\n');
            for (var i : t.indicators()) sb.append("    ").append(i).append('\n');
        }
        return sb.toString();
    }

    private record Read(Form form, List<String> regionNames, boolean blank) {
    }

    private static Read read(String source, Span r, int index, Integer documentYear) {
        int header = IndicatorReader.headerAt(r);
        int firstRow = IndicatorReader.firstRowAt(r);
        int labelsEnd = header >= 0 ? header : firstRow >= 0 ? firstRow : r.size();
        Labels labels = new Labels(r, labelsEnd);
        String printedName = labels.value("label.project_name");
        String[] nc = Labels.nameAndCode(printedName);
        String name = nc[0];
        String code = labels.value("label.project_code");
        if (code == null || code.isEmpty()) code = nc[1];
        String department = emptyToNull(labels.value("label.department"));
        String unit = emptyToNull(stripSeal(labels.value("label.implementing_unit")));
        BudgetReader.Budget budget = BudgetReader.read(labels.head());
        IndicatorReader.Table table = IndicatorReader.read(r, 0);
        boolean hasName = labels.hasLabel("label.project_name");
        // what a filled-in form holds: a target or an actual (points alone may be a template's 分值 read as scores)
        boolean anyValue = table.indicators().stream().anyMatch(i -> i.targetText() != null || i.actualText() != null);
        boolean named = name != null && !name.isEmpty();
        if (!named && !budget.hasAmounts() && !anyValue) {
            // headings (and points) but nothing filled in: a blank template, or a title or narrative alone
            boolean template = hasName && (table.headed() || labels.hasLabel("label.department") || budget.headed());
            return template ? new Read(null, List.of(), true) : null;
        }
        if (!hasName && !budget.hasAmounts() && !table.found()) return null; // a title, narrative or chrome
        // without a title or a name, only an indicator table makes a form (a page that starts mid-table)
        if (r.title() == null && !hasName && !table.found()) return null;
        Integer year = labels.year();
        if (year == null) year = documentYear;
        Double total = table.total(budget.score());
        if (total == null) total = selfScore(r);
        Labels after = new Labels(r, r.size());
        List<String> missing = missing(hasName, budget, table);
        List<String> provenance = new ArrayList<>(budget.remarks());
        provenance.addAll(table.remarks());
        String template = template(r, table);
        Reading reading = new Reading(template, table.strategy(), !missing.isEmpty(), missing,
                confidence(budget, table), notes(r, template), provenance);
        Double rate = budget.rate() != null ? budget.rate() : table.executionRate();
        Double weight = budget.weight() != null ? budget.weight() : table.executionWeight();
        Double score = budget.score() != null ? budget.score() : table.executionScore();
        Form form = new Form(source, index, r.place(), year, hasName ? (name == null ? "" : name) : null, emptyToNull(code),
                department, unit, jixiao.model.Region.UNKNOWN, labels.amountUnit(), budget.initial(), budget.adjusted(), budget.executed(),
                rate, weight, score, total, table.indicators(), narrative(after, "label.conclusion"),
                narrative(after, "label.problems"), narrative(after, "label.improvements"),
                budget.reason() != null ? budget.reason() : table.executionReason(), reading);
        List<String> names = new ArrayList<>();
        if (department != null) names.add(department);
        if (unit != null) names.add(unit);
        String reporting = emptyToNull(labels.value("label.reporting_unit"));
        if (reporting != null) names.add(reporting);
        String central = emptyToNull(labels.value("label.central_department"));
        if (central != null) names.add(central);
        return new Read(form, names, false);
    }

    /**
     * 项目总得分99分, 自评得分 98: a total printed in the form's head when the table prints none. Scrambled
     * text may print it a few pieces before its label (主管部门 某局 98.28 财政审核评分 项目实施单位 某局 自评得分);
     * the figures of a budget block are never it.
     */
    private static Double selfScore(Span r) {
        for (int i = 0; i < r.size(); i++) {
            Piece p = r.get(i);
            if (!p.has("label.self_score")) continue;
            for (int k = i + 1; k < Math.min(r.size(), i + 8); k++) {
                Piece q = r.get(k);
                Double points = points(q);
                if (points != null) return points;
                if (q.kind() == Piece.Kind.TEXT && q.text().length() > 3 || opensBlock(q)) break;
            }
            for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
                Piece q = r.get(k);
                Double points = points(q);
                if (points != null) return points;
                if (opensBlock(q) || q.hasFamily("title")) break;
            }
        }
        return null;
    }

    /** A figure that can be a form's points (项目总得分99.71分), or null. */
    private static Double points(Piece q) {
        if (q.isVocab()) return null;
        Shape s = Shape.of(q.text().strip().replaceFirst("分$", ""));
        return s.type() == Shape.Type.NUMBER && s.number() != null && s.number() <= 100 ? s.number() : null;
    }

    private static boolean opensBlock(Piece q) {
        return q.hasFamily("block") || q.hasFamily("budget") || q.hasFamily("row") || q.hasFamily("ind");
    }

    private static String narrative(Labels after, String field) {
        String v = after.value(field);
        if (v == null || v.isBlank()) return null;
        return jixiao.recognise.Values.text(v);
    }

    private static List<String> missing(boolean hasName, BudgetReader.Budget budget, IndicatorReader.Table table) {
        List<String> out = new ArrayList<>();
        if (!hasName) out.add("project name (项目名称)");
        if (!budget.headed() && !budget.hasAmounts() && table.executionRate() == null) out.add("budget block (预算执行情况)");
        if (!table.found()) out.add("indicator rows (三级指标)");
        else {
            if (!table.headed()) out.add("indicator table heading (一级指标/二级指标/三级指标)");
            if (!table.ended() && table.lastRowCut()) out.add("the rest of the indicator table (cut inside its last row)");
        }
        return out;
    }

    /** How sure the reading is: the budget's arithmetic and the table's alignment cost per row. */
    private static double confidence(BudgetReader.Budget budget, IndicatorReader.Table table) {
        double b = budget.hasAmounts() ? budget.consistency() : 0.5;
        double t = table.found() ? Math.max(0, 1 - table.cost() / (2.0 * table.indicators().size() + 2)) : 0;
        return Math.round((0.4 * b + 0.6 * t) * 100) / 100.0;
    }

    /** The catalogue template whose marks the form prints most of; the table's column order breaks ties. */
    private static String template(Span r, IndicatorReader.Table table) {
        StringBuilder all = new StringBuilder();
        for (Piece p : r.pieces()) all.append(p.key());
        String text = all.toString();
        String best = Template.UNKNOWN;
        double bestScore = 0.49;
        for (Template t : Templates.get().all()) {
            if (t.marks().isEmpty()) continue;
            long hit = t.marks().stream().filter(m -> text.contains(Key.of(m))).count();
            double score = (double) hit / t.marks().size() + (t.id().equals(table.template()) ? 0.2 : 0)
                    + (r.title() != null && r.title().key().contains(Key.of(t.title())) ? 0.05 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = t.id();
            }
        }
        if (best.equals(Template.UNKNOWN) && table.template() != null) best = table.template();
        return best;
    }

    /** The template's notes (填表说明) as this form prints them, else as the catalogue records them. */
    private static List<String> notes(Span r, String template) {
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Piece p = r.get(i);
            String t = p.text();
            if ((p.has("row.end") && t.length() > 6) || (p.kind() == Piece.Kind.TEXT && t.contains("需说明原因"))) printed.add(t);
        }
        if (!printed.isEmpty()) return printed;
        return Templates.get().byId(template).map(Template::notes).orElse(List.of());
    }

    private static SetAside aside(String source, Span r, String kind) {
        return new SetAside(source, r.place(), kind, r.title() == null ? null : r.title().text(), r.size());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String stripSeal(String s) {
        return s == null ? null : s.replaceAll("[(（]盖章[)）]\\s*$", "").strip();
    }

    private static String quoted(String name) {
        return name == null || name.isEmpty() ? "(no name shown)" : "「" + name + "」";
    }
}
