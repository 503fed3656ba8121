package jixiao.site;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jixiao.transform.FormMeasures;
import jixiao.transform.RateBand;

/** One row of gold/execution_rate_distribution, as the site reads it. */
public record DistributionRow(String province, String city, String county, String region, Integer fiscalYear,
                              long forms, long rated, Map<RateBand, Long> bands,
                              Double p25, Double median, Double p75, Double meanRate) {
    public DistributionRow {
        // in band order, so the row prints (and fingerprints) the same in every JVM, unlike Map.copyOf
        bands = java.util.Collections.unmodifiableMap(new EnumMap<>(bands));
    }

    /** From a gold/execution_rate_distribution or gold/execution_rate_breakdown row. */
    public static DistributionRow of(Map<String, Object> r) {
        Map<RateBand, Long> bands = new EnumMap<>(RateBand.class);
        for (RateBand b : RateBand.values()) bands.put(b, asLong(r.get(b.column())));
        return new DistributionRow((String) r.get("province"), (String) r.get("city"), (String) r.get("county"),
                (String) r.get("region"), (Integer) r.get("fiscal_year"), asLong(r.get("forms")), asLong(r.get("rated")),
                bands, (Double) r.get("p25"), (Double) r.get("median"), (Double) r.get("p75"), (Double) r.get("mean_rate"));
    }

    private static long asLong(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    public long band(RateBand b) {
        return bands.getOrDefault(b, 0L);
    }

    public boolean allRegions() {
        return FormMeasures.ALL_REGIONS.equals(region) && province == null && city == null && county == null;
    }

    /** Province, city and county as far as known, e.g. "浙江省 杭州市 西湖区"; the region label when none is. */
    public String place() {
        String path = Stream.of(province, city, county).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return path.isEmpty() ? region : path;
    }

    /** e.g. "2023年"; forms whose year could not be read are grouped as "年度不详". */
    public String yearLabel() {
        return fiscalYear == null ? "年度不详" : fiscalYear + "年";
    }
}
