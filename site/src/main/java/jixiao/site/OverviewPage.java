package jixiao.site;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jixiao.transform.ExecutionRateDistribution;
import jixiao.transform.RateBand;

/** index.html (总览): the execution-rate chart and table, fed by gold/execution_rate_distribution. */
final class OverviewPage {
    static final String TEMPLATE = "index";
    static final String FILE = "index.html";
    static final String CHART_SVG = "charts/execution-rates.svg";
    static final String CHART_PNG = "charts/execution-rates.png";

    private OverviewPage() {
    }

    static Map<String, Object> variables(List<DistributionRow> rows, long goldVersion, LocalDate built) {
        long forms = rows.stream().filter(DistributionRow::allRegions).mapToLong(DistributionRow::forms).sum();
        return Map.of(
                "rows", rows.stream().map(RateTableRow::of).toList(),
                "bands", Arrays.stream(RateBand.values()).map(RateBand::label).toList(),
                "forms", forms,
                "chartSvg", CHART_SVG,
                "chartPng", CHART_PNG,
                "goldTable", ExecutionRateDistribution.TABLE,
                "goldVersion", goldVersion,
                "built", built.toString());
    }
}
