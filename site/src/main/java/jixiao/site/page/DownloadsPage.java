package jixiao.site.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.download.DownloadFile;
import jixiao.site.download.DownloadSet;
import jixiao.site.download.DownloadedTables;
import jixiao.site.download.Downloads;
import jixiao.site.download.FormsTable;
import jixiao.site.download.TableDownload;
import jixiao.site.load.GoldTable;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;

/**
 * 数据下载: the per-form table 自评表 and every gold table, in one Excel workbook and one zip of CSVs (UTF-8 with BOM,
 * Chinese headers, formula-like cells neutralised); the small tables also as CSVs of their own.
 */
public final class DownloadsPage implements PageSet {
    @Override
    public void write(SiteModel model, SiteWriter out) {
        List<GoldTable> tables = DownloadedTables.of(model.lake());
        Map<String, String> descriptions = new LinkedHashMap<>(TableDescriptions.ALL);
        descriptions.put(GoldTables.FORMS_NORMALISED, FormsTable.DESCRIPTION); // the download holds its budget block only
        DownloadSet set = Downloads.write(tables, descriptions, out.dir());
        set.files().forEach(f -> out.keep(f.file()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workbook", set.workbook());
        m.put("zip", set.csvZip());
        m.put("tables", set.tables().stream().map(t -> line(t, descriptions)).toList());
        out.page(new Page(Links.DOWNLOADS, "downloads", m));
    }

    /** A table's line: its Chinese name, lake name, what it holds, rows, version, and its own CSV (or null). */
    public record Line(String title, String table, String description, long rows, long version, DownloadFile csv) {
    }

    private static Line line(TableDownload t, Map<String, String> descriptions) {
        return new Line(t.title(), t.table(), descriptions.getOrDefault(t.table(), ""), t.rows(), t.version(), t.csv());
    }
}
