package jixiao.site.download;

/**
 * One table on the download page: in the workbook and in the CSV zip, and with a CSV of its own when small.
 *
 * @param table   the lake table, e.g. {@code gold/findings}
 * @param title   its Chinese sheet name, e.g. {@code 问题清单}
 * @param rows    its rows
 * @param version the Delta version it was read at
 * @param csv     its own CSV file, or null when it is only in the zip (a table with a row per form or finding)
 */
public record TableDownload(String table, String title, long rows, long version, DownloadFile csv) {
}
