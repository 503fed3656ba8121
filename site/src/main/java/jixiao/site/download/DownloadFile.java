package jixiao.site.download;

/**
 * One file on the download page.
 *
 * @param table the lake table it holds, e.g. {@code gold/findings}; {@link Downloads#ALL_TABLES} for the workbook
 * @param file  its path under the site directory, with forward slashes, e.g. {@code downloads/findings.csv}
 * @param rows  data rows (not counting header rows); for the workbook, of all tables together
 * @param bytes the file's size
 */
public record DownloadFile(String table, String file, long rows, long bytes) {
    /** Whether this is the workbook of every table rather than one table's CSV. */
    public boolean workbook() {
        return Downloads.ALL_TABLES.equals(table);
    }
}
