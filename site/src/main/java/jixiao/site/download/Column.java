package jixiao.site.download;

/**
 * A lake column as the downloads show it.
 *
 * @param name    the lake's column name, e.g. {@code budget_adjusted_wan}
 * @param header  its Chinese header, e.g. {@code 全年预算数（调整后，万元）}
 * @param format  how its values are shown
 * @param meaning what it holds, in a line of Chinese (for the 说明 sheet)
 */
public record Column(String name, String header, ColumnFormat format, String meaning) {
}
