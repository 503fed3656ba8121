package jixiao.site.download;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jixiao.site.load.GoldTable;

/** Gold tables built by hand for the download tests. */
final class Tables {
    private Tables() {}

    static List<Object> row(Object... values) {
        return Arrays.asList(values); // allows nulls
    }

    static GoldTable table(String name, long version, List<String> columns, List<List<Object>> rows) {
        return new GoldTable(name, version, "2026-11-01 10:00:00.0", columns, rows);
    }

    /** Every kind of value the lake gives, hostile text and Chinese included. */
    static GoldTable findings() {
        Map<String, Object> counts = new TreeMap<>(Map.of("高", 2L, "低", 1L));
        return table("gold/findings", 3, List.of("单位", "得分", "条数", "日期", "说明", "分布", "标签", "通过"), List.of(
                row("北京市财政局", 92.5, 3L, LocalDate.of(2025, 3, 1), "预算执行率, \"偏低\"\r\n第二行", counts, List.of("a", "b"), true),
                row("=1+1", -3.5, -2L, null, "+SUM(A1)", Map.of(), List.of(), false),
                row("-2+3", 0.1, 0L, LocalDate.of(2024, 12, 31), "@cmd", null, null, null),
                row("\t=x", Double.NaN, 7, null, "\r=y", null, List.of(-1.5, 2.0), null)));
    }

    static GoldTable numbered(String name, long version, int rows) {
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) out.add(row((long) i, "第" + i + "行", i / 4.0));
        return table(name, version, List.of("序号", "文本", "值"), out);
    }
}
