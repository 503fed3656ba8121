package jixiao.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.transform.RateBand;

/** The page and chart from rows in memory: no Spark, so every case is quick. */
class OverviewPageTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    @Test
    void emptyLakeSaysSoAndStillDrawsAChart() throws Exception {
        String html = new PageRenderer().render(OverviewPage.TEMPLATE, OverviewPage.variables(List.of(), 0, DAY));
        assertTrue(html.contains("数据湖中尚无自评表数据"));
        assertFalse(html.contains("<table"));

        Path svg = dir.resolve("empty.svg");
        ChartFiles.svg(ExecutionRateChart.create(List.of(), "SansSerif"), ExecutionRateChart.WIDTH, 320, svg);
        assertTrue(Files.readString(svg).contains("暂无预算执行率数据"));
    }

    @Test
    void bandsShowShareOfRatedFormsAndCount() {
        Map<RateBand, Long> bands = new EnumMap<>(RateBand.class);
        for (RateBand b : RateBand.values()) bands.put(b, 0L);
        bands.put(RateBand.EXACTLY_100, 2L);
        bands.put(RateBand.OVER_100, 1L);
        DistributionRow row = new DistributionRow("浙江省", "杭州市", "<b>西湖区</b>", "<b>西湖区</b>", 2023, 4, 3, bands,
                1.0, 1.0, 1.1, 1.0666666);

        RateTableRow line = RateTableRow.of(row);
        assertEquals("2023年", line.year());
        assertEquals(new RateTableRow.BandCell("66.7%", 2), line.bands().get(RateBand.EXACTLY_100.ordinal()));
        assertEquals(new RateTableRow.BandCell("33.3%", 1), line.bands().get(RateBand.OVER_100.ordinal()));
        assertEquals(new RateTableRow.BandCell("0.0%", 0), line.bands().get(RateBand.BELOW_50.ordinal()));
        assertEquals("110.0%", line.p75());
        assertEquals("106.7%", line.mean());

        String html = new PageRenderer().render(OverviewPage.TEMPLATE, OverviewPage.variables(List.of(row), 7, DAY));
        assertTrue(html.contains("title=\"浙江省 杭州市 &lt;b&gt;西湖区&lt;/b&gt;\""), "escaped in attributes too");
        assertFalse(html.contains("<b>"));
    }

    @Test
    void unknownValuesPrintAsADash() {
        assertEquals("—", Percent.of(null));
        assertEquals("—", Percent.share(0, 0));
        assertEquals("85.0%", Percent.of(0.85));
    }
}
