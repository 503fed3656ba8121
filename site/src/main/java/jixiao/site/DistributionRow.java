package jixiao.site;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;

import jixiao.transform.FormMeasures;
import jixiao.transform.RateBand;

/** One row of gold/execution_rate_distribution, as the site reads it. */
public record DistributionRow(String province, String city, String county, String region, Integer fiscalYear,
                              long forms, long rated, Map<RateBand, Long> bands,
                              Double p25, Double median, Double p75, Double meanRate) {
    public DistributionRow {
        bands = Map.copyOf(bands);
    }

    static DistributionRow of(Row r) {
        Map<RateBand, Long> bands = new EnumMap<>(RateBand.class);
        for (RateBand b : RateBand.values()) bands.put(b, r.<Long>getAs(b.column()));
        return new DistributionRow(r.getAs("province"), r.getAs("city"), r.getAs("county"), r.getAs("region"),
                r.getAs("fiscal_year"), r.<Long>getAs("forms"), r.<Long>getAs("rated"), bands,
                r.getAs("p25"), r.getAs("median"), r.getAs("p75"), r.getAs("mean_rate"));
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
