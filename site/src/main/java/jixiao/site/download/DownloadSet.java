package jixiao.site.download;

import java.util.ArrayList;
import java.util.List;

/** What {@link Downloads#write} wrote: the workbook of every table, every table's CSV in one zip, and the tables. */
public record DownloadSet(DownloadFile workbook, DownloadFile csvZip, List<TableDownload> tables) {
    public DownloadSet {
        tables = List.copyOf(tables);
    }

    /** Every file written, the workbook first. */
    public List<DownloadFile> files() {
        List<DownloadFile> out = new ArrayList<>(List.of(workbook, csvZip));
        for (TableDownload t : tables) if (t.csv() != null) out.add(t.csv());
        return out;
    }
}
