package jixiao.site;

import java.util.Locale;

/** How the site prints fractions: "85.0%", and a dash for what is unknown. */
final class Percent {
    static final String UNKNOWN = "—";

    private Percent() {
    }

    static String of(Double fraction) {
        return fraction == null || fraction.isNaN() ? UNKNOWN : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    static String share(long part, long whole) {
        return whole == 0 ? UNKNOWN : of((double) part / whole);
    }
}
