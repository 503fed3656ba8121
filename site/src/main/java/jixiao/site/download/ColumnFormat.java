package jixiao.site.download;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jixiao.site.build.Fmt;
import jixiao.site.model.Labels;

/**
 * How a column's values are shown in the downloads, as the site prints them: numbers rounded as {@link Fmt} rounds
 * them and kept as numbers (with an Excel number format) so a spreadsheet can sort and sum them; codes the site
 * translates shown in its Chinese words; booleans as 是/否.
 */
public enum ColumnFormat {
    /** A column the vocabulary does not know: written as the lake holds it. */
    RAW(null, -1),
    TEXT(null, -1),
    /** An identifier or code kept as the lake spells it (form ids, rule ids). */
    CODE(null, -1),
    COUNT("0", 0),
    YEAR("0", 0),
    /** Points, as {@link Fmt#score}: two decimals. */
    SCORE("0.00", 2),
    /** 万元, as {@link Fmt#wan}: two decimals. */
    WAN("#,##0.00", 2),
    /** A fraction, as {@link Fmt#pct}: a percentage with one decimal, so the fraction to three. */
    RATE("0.0%", 3),
    /** An index in points, as the site prints the quality index: one decimal. */
    INDEX("0.0", 1),
    NUMBER("0.00", 2),
    SEVERITY(null, -1),
    METHOD(null, -1),
    SCOPE(null, -1),
    BOOL(null, -1),
    /** An instant, as UTC date and time to the second. */
    TIME(null, -1),
    /** gold/region_summary's values: a rate for a rate metric, a number otherwise ({@link DownloadTable} decides per row). */
    METRIC(null, -1),
    /** Not written: the column repeats another one once that one is shown in Chinese. */
    SKIP(null, -1);

    private static final DateTimeFormatter TIME_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final String excelFormat;
    private final int digits;

    ColumnFormat(String excelFormat, int digits) {
        this.excelFormat = excelFormat;
        this.digits = digits;
    }

    /** The vocabulary's word for the format, e.g. {@code rate}. */
    static ColumnFormat of(String word) {
        return valueOf(word.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Excel's number format for the column's cells, or null for text and general cells. */
    public String excelFormat() {
        return excelFormat;
    }

    /** Whether values are rounded numbers. */
    public boolean numeric() {
        return digits >= 0;
    }

    /**
     * The value as the download shows it: a rounded Double or a Long for a numeric format (null when not a finite
     * number), a label String for the translated codes, the value itself for {@link #RAW}.
     */
    public Object shown(Object v) {
        if (v == null) return null;
        if (numeric()) {
            if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) return v instanceof Number ? null : v;
            if (digits == 0) return n instanceof Double || n instanceof Float ? Math.round(n.doubleValue()) : n.longValue();
            double d = BigDecimal.valueOf(n.doubleValue()).setScale(digits, RoundingMode.HALF_UP).doubleValue();
            return d == 0 ? 0.0 : d; // no -0.0
        }
        return switch (this) {
            case SEVERITY -> Labels.of(Labels.SEVERITY, v);
            case METHOD -> Labels.of(Labels.EXECUTION_METHOD, v);
            case SCOPE -> Labels.of(Labels.SCOPE, v);
            case BOOL -> v instanceof Boolean b ? (b ? Labels.YES : Labels.NO) : v;
            case TIME -> v instanceof Instant i ? TIME_TEXT.format(i) : v;
            case TEXT, CODE -> v instanceof String ? v : CsvCell.text(v);
            default -> v;
        };
    }

    /** A shown numeric value as CSV text: rates as percentages ("85.3%"), scores as the site prints them, others fixed. */
    String csvNumber(Object shown) {
        Fmt fmt = Fmt.INSTANCE;
        return switch (this) {
            case RATE -> fmt.pct(shown);
            case SCORE -> fmt.score(shown);
            case COUNT, YEAR -> String.valueOf(shown);
            default -> fmt.fixed(shown, digits);
        };
    }
}
