package jixiao.site.download;

/**
 * One file on the download page.
 *
 * @param title what it is, in Chinese, e.g. {@code 全部表（Excel 工作簿）} or a table's sheet name
 * @param file  its path under the site directory, with forward slashes, e.g. {@code downloads/rule_rates.csv}
 * @param rows  data rows (not counting header rows); of all tables together for the workbook and the zip
 * @param bytes the file's size
 */
public record DownloadFile(String title, String file, long rows, long bytes) {
}
