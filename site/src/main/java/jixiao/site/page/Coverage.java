package jixiao.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 数据覆盖, from gold/intake_by_year: per fiscal year the regions, departments and forms, and the files behind
 * them by how they were read; files without a year (rejected ones) in 未知年度. Forms and files add up to the
 * total line (each file sits in one year); regions and departments do not (one region reports in many years),
 * so the total line gives those as counted over all years.
 */
public record Coverage(List<Line> years, Line total) {

    /** A year's line (or the total's): counts, and the share of files read whole with its n. */
    public record Line(String label, String key, long regions, long departments, long forms, long files, long read,
                       long partial, long rejected, long spanning) {
        public Double readShare() {
            return files == 0 ? null : read / (double) files;
        }
    }

    static Coverage of(List<Map<String, Object>> rows, long regions, long departments) {
        List<Line> years = new ArrayList<>();
        long forms = 0;
        long files = 0;
        long read = 0;
        long partial = 0;
        long rejected = 0;
        long spanning = 0;
        for (Map<String, Object> r : rows) {
            Object y = r.get("fiscal_year");
            Line l = new Line(y == null ? "未知年度" : y + "年", y == null ? "unknown" : y.toString(), Rows.count(r, "regions"),
                    Rows.count(r, "departments"), Rows.count(r, "forms"), Rows.count(r, "files"), Rows.count(r, "read"),
                    Rows.count(r, "partial"), Rows.count(r, "rejected"), Rows.count(r, "files_spanning_years"));
            years.add(l);
            forms += l.forms();
            files += l.files();
            read += l.read();
            partial += l.partial();
            rejected += l.rejected();
            spanning += l.spanning();
        }
        return new Coverage(List.copyOf(years), new Line("合计", "total", regions, departments, forms, files, read, partial,
                rejected, spanning));
    }
}
