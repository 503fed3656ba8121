package jixiao.site;

import java.util.Arrays;
import java.util.List;

import jixiao.transform.RateBand;

/** A line of the overview's distribution table, every value already formatted for print (and its year, for data-year). */
public record RateTableRow(String year, String region, String place, boolean allRegions, long forms, long rated,
                           List<BandCell> bands, String p25, String median, String p75, String mean, Integer fiscalYear) {

    /** A band's share of the rated forms, and their count. */
    public record BandCell(String share, long count) {
    }

    /** Below this many rated forms a row gives counts, not shares or quartiles: one form is not "100%". */
    public static final int MIN_FOR_SHARES = jixiao.site.build.Fmt.MIN_FOR_SHARES;

    public static RateTableRow of(DistributionRow r) {
        boolean few = r.rated() < MIN_FOR_SHARES;
        List<BandCell> bands = Arrays.stream(RateBand.values())
                .map(b -> new BandCell(few ? "—" : Percent.share(r.band(b), r.rated()), r.band(b))).toList();
        return new RateTableRow(r.yearLabel(), r.region(), r.place(), r.allRegions(), r.forms(), r.rated(), bands,
                few ? "—" : Percent.of(r.p25()), Percent.of(r.median()), few ? "—" : Percent.of(r.p75()), Percent.of(r.meanRate()),
                r.fiscalYear());
    }
}
