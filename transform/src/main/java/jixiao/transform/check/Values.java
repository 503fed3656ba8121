package jixiao.transform.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as findings print them: plain decimals, rates as percents. */
public final class Values {
    private Values() {
    }

    public static String num(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return "—";
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String pct(Double rate) {
        if (rate == null || rate.isNaN() || rate.isInfinite()) return "—";
        return BigDecimal.valueOf(rate * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
