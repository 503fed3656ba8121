package jixiao.transform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;

/**
 * The execution-rate bands every gold table counts forms in: the one place their edges live.
 * Bands are half-open {@code [lower, upper)}, except {@link #EXACTLY_100}, which takes every rate
 * within {@link #EXACT_TOLERANCE} of 1 (a printed "100%" read as a double), away from its neighbours.
 * The lowest band has no lower edge, so a negative rate (refunds above spending) is still counted
 * and the bands of a group always add up to its rated forms.
 */
public enum RateBand {
    BELOW_50("band_0_50", "低于50%", null, 0.5),
    FROM_50_TO_80("band_50_80", "50%–80%", 0.5, 0.8),
    FROM_80_TO_90("band_80_90", "80%–90%", 0.8, 0.9),
    FROM_90_TO_95("band_90_95", "90%–95%", 0.9, 0.95),
    FROM_95_TO_100("band_95_100", "95%–100%", 0.95, 1.0),
    EXACTLY_100("band_100", "100%", 1.0, 1.0),
    OVER_100("band_over_100", "超过100%", 1.0, null);

    public static final double EXACT_TOLERANCE = 1e-9;

    private final String column;
    private final String label;
    private final Double lower;
    private final Double upper;

    RateBand(String column, String label, Double lower, Double upper) {
        this.column = column;
        this.label = label;
        this.lower = lower;
        this.upper = upper;
    }

    /** The gold column holding this band's count of forms. */
    public String column() {
        return column;
    }

    /** The band's name as readers of the site see it. */
    public String label() {
        return label;
    }

    /** Whether {@code rate} falls in this band: the plain-Java twin of {@link #contains(Column)}. */
    public boolean contains(double rate) {
        boolean exact = Math.abs(rate - 1.0) < EXACT_TOLERANCE;
        if (this == EXACTLY_100) return exact;
        return !exact && (lower == null || rate >= lower) && (upper == null || rate < upper);
    }

    /** The band of {@code rate}. */
    public static RateBand of(double rate) {
        for (RateBand b : values()) {
            if (b.contains(rate)) return b;
        }
        throw new IllegalArgumentException("no band for rate " + rate); // only NaN gets here
    }

    /** Whether {@code rate} falls in this band, as a Spark condition (false when the rate is null). */
    public Column contains(Column rate) {
        Column exact = abs(rate.minus(1.0)).lt(EXACT_TOLERANCE);
        if (this == EXACTLY_100) return exact;
        Column in = exact.unary_$bang();
        if (lower != null) in = in.and(rate.geq(lit(lower)));
        if (upper != null) in = in.and(rate.lt(lit(upper)));
        return in;
    }
}
