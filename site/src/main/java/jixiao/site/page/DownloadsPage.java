package jixiao.site.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.download.DownloadFile;
import jixiao.site.download.Downloads;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;

/** 数据下载: every gold table as CSV (UTF-8 with BOM, formula-like cells neutralised) and all of them as one XLSX. */
public final class DownloadsPage implements PageSet {
    @Override
    public void write(SiteModel model, SiteWriter out) {
        List<DownloadFile> files = Downloads.write(model.lake().gold(), TableDescriptions.ALL, out.dir());
        files.forEach(f -> out.keep(f.file()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("csv", files.stream().filter(f -> !f.workbook()).map(f -> row(f, model)).toList());
        m.put("workbook", files.stream().filter(DownloadFile::workbook).map(f -> row(f, model)).findFirst().orElse(null));
        out.page(new Page(Links.DOWNLOADS, "downloads", m));
    }

    /** A line of the page: the file, what it holds, its size, and the Delta version it was written from. */
    public record Line(String table, String file, String description, long rows, long bytes, Long version) {
    }

    private static Line row(DownloadFile f, SiteModel model) {
        Long version = f.workbook() ? null : model.table(f.table()).version();
        return new Line(f.table(), f.file(), f.workbook() ? "全部成果表，每表一个工作表，首页为说明" : TableDescriptions.of(f.table()),
                f.rows(), f.bytes(), version);
    }
}
