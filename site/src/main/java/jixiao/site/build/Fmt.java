package jixiao.site.build;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the site prints numbers, in one place: templates call it as {@code ${fmt.pct(x)}}. Unknown values
 * print as a dash, never as 0.
 */
public final class Fmt {
    public static final Fmt INSTANCE = new Fmt();
    public static final String UNKNOWN = "—";
    private static final double YI_IN_WAN = 10_000; // 1 亿元 = 10,000 万元

    private Fmt() {
    }

    /** A fraction as a percentage: 0.853 → "85.3%". */
    public String pct(Object fraction) {
        Double d = number(fraction);
        return d == null ? UNKNOWN : fixed(d * 100, 1) + "%";
    }

    /** Fewer cases than this print as counts, not a percentage: 1 of 2 is not "50%". */
    public static final int MIN_FOR_SHARES = 5;

    /** A share with its n: "71.4%（5/7）", or only "2/3" when n is below {@link #MIN_FOR_SHARES}. */
    public String share(Object fraction, long n) {
        Double d = number(fraction);
        if (d == null || n == 0) return UNKNOWN;
        long k = Math.round(d * n);
        return n < MIN_FOR_SHARES ? k + "/" + n : pct(d) + "（" + k + "/" + n + "）";
    }

    /** A share in a table that gives its n beside it: a percentage, or "k/n" below {@link #MIN_FOR_SHARES}. */
    public String pctOf(Object fraction, long n) {
        Double d = number(fraction);
        if (d == null || n == 0) return UNKNOWN;
        return n < MIN_FOR_SHARES ? Math.round(d * n) + "/" + n : pct(d);
    }

    /** A heat-map colour only for a share with enough cases behind it (grey otherwise). */
    public String heatOf(Object fraction, long n, double low, double high) {
        return n < MIN_FOR_SHARES ? heat(null, low, high) : heat(fraction, low, high);
    }

    /** An amount in 万元, switching to 亿元 from 10,000 万元. */
    public String wan(Object wan) {
        Double d = number(wan);
        if (d == null) return UNKNOWN;
        if (Math.abs(d) >= YI_IN_WAN) return grouped(d / YI_IN_WAN, 2) + "亿元";
        return grouped(d, 2) + "万元";
    }

    /** A count with thousands separators. */
    public String count(Object n) {
        Double d = number(n);
        return d == null ? UNKNOWN : grouped(d, 0);
    }

    /** A score or weight: at most two decimals, none when whole ("85", "8.5", "8.33"). */
    public String score(Object n) {
        Double d = number(n);
        if (d == null) return UNKNOWN;
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A self-score's difference from its recheck in words: "自评高于复核 2.5 分", "自评低于复核 1 分", "与复核一致". */
    public String gap(Object n) {
        Double d = number(n);
        if (d == null) return "无法复核";
        String s = score(Math.abs(d));
        if (Double.parseDouble(s) == 0) return "与复核一致";
        return (d > 0 ? "自评高于复核 " : "自评低于复核 ") + s + " 分";
    }

    /** A signed difference: "+3.2", "−1.5", "0". */
    public String signed(Object n, int digits) {
        Double d = number(n);
        if (d == null) return UNKNOWN;
        String s = fixed(Math.abs(d), digits);
        if (Double.parseDouble(s) == 0) return fixed(0, digits);
        return (d > 0 ? "+" : "−") + s;
    }

    public String fixed(Object n, int digits) {
        Double d = number(n);
        if (d == null) return UNKNOWN;
        String s = String.format(Locale.ROOT, "%." + digits + "f", d);
        return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s; // no "-0.0"
    }

    /** "2023年"; forms whose year could not be read are "年度不详". */
    public String year(Object y) {
        return y == null ? "年度不详" : y + "年";
    }

    /** Text or a dash. */
    public String text(Object s) {
        return s == null || s.toString().isBlank() ? UNKNOWN : s.toString();
    }

    /**
     * A heat-map cell's background: white at {@code low}, mid blue (#6897c7) at {@code high} (values outside are
     * clamped); grey for unknown. The text stays dark: the scale stops where dark text still has 4.5:1 (WCAG AA;
     * a deeper blue would need white text, and near where the two cross neither reaches 4.5:1). Only colours from
     * this method reach a style attribute.
     */
    public String heat(Object value, double low, double high) {
        Double d = number(value);
        if (d == null || high <= low) return "background:#eeeeee";
        double t = Math.max(0, Math.min(1, (d - low) / (high - low)));
        int r = (int) Math.round(255 - t * (255 - 0x68));
        int g = (int) Math.round(255 - t * (255 - 0x97));
        int b = (int) Math.round(255 - t * (255 - 0xc7));
        return String.format(Locale.ROOT, "background:#%02x%02x%02x;color:#1f2328", r, g, b);
    }

    /** A plain number for a data-sort attribute (sorting must not read the formatted text). */
    public String sortKey(Object n) {
        Double d = number(n);
        return d == null ? "" : BigDecimal.valueOf(d).toPlainString();
    }

    static Double number(Object o) {
        if (o == null) return null;
        if (o instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
        }
        try {
            return Double.parseDouble(o.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String grouped(double d, int digits) {
        DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(d);
    }
}
