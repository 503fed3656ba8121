package jixiao.site.download;

import java.util.Comparator;
import java.util.List;

import jixiao.site.load.GoldTable;
import jixiao.transform.GoldTables;

/**
 * The per-form download, 自评表: one row per form with where it comes from, its budget block as printed (年初预算数,
 * 全年预算数（调整后）, 全年执行数, in 万元), the printed and computed execution rate, the self-score against the
 * recomputed one, and its findings. A projection of silver/forms_normalised, which carries gold/score_recheck's
 * scores too, in the order the site lists forms: region, department, year, project.
 */
public final class FormsTable {
    public static final String DESCRIPTION = "每张自评表一行：地区、部门、年度、项目、年初预算数、全年预算数（调整后）、全年执行数（万元）、"
            + "预算执行率（表中与计算）、自评得分、复核得分及其差、问题数、来源文件";
    static final List<String> COLUMNS = List.of("province", "city", "county", "department", "department_type", "fiscal_year",
            "project_name", "project_code", "budget_initial_wan", "budget_adjusted_wan", "executed_wan",
            "execution_rate_printed", "execution_rate_computed", "self_score", "recomputed_score", "gap", "findings_total",
            "errors", "warnings", "source", "form_id");
    private static final List<String> ORDER = List.of("province", "city", "county", "department", "fiscal_year", "project_name", "form_id");

    private FormsTable() {
    }

    /** The per-form table from silver/forms_normalised, keeping its name, version and commit time; its rows are views of the forms' rows. */
    public static GoldTable of(GoldTable forms) {
        if (!forms.name().equals(GoldTables.FORMS_NORMALISED)) throw new IllegalArgumentException("not the forms: " + forms.name());
        int[] index = new int[COLUMNS.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = forms.columns().indexOf(COLUMNS.get(i));
            if (index[i] < 0) throw new IllegalArgumentException(forms.name() + " has no column " + COLUMNS.get(i));
        }
        ProjectedRows.Cell pick = (r, c) -> r.get(index[c]);
        List<List<Object>> projected = new ProjectedRows(forms.rows(), null, index.length, pick);
        Comparator<List<Object>> order = null;
        for (String c : ORDER) {
            int i = COLUMNS.indexOf(c);
            Comparator<List<Object>> by = Comparator.comparing(r -> r.get(i) == null ? "" : String.valueOf(r.get(i)));
            order = order == null ? by : order.thenComparing(by);
        }
        Comparator<List<Object>> byRow = order;
        int[] sorted = java.util.stream.IntStream.range(0, projected.size()).boxed()
                .sorted((a, b) -> byRow.compare(projected.get(a), projected.get(b))).mapToInt(Integer::intValue).toArray();
        List<List<Object>> rows = new ProjectedRows(forms.rows(), sorted, index.length, pick);
        return new GoldTable(forms.name(), forms.version(), forms.committed(), COLUMNS, rows);
    }
}
