package jixiao.site.download;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names Excel accepts and that do not clash: at most 31 characters, none of {@code \ / ? * [ ] :},
 * unique ignoring case (as Excel compares them). A clash, or a continuation sheet, gets {@code " (2)"},
 * {@code " (3)"}… with the name cut short to leave the suffix room.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** {@code wanted} made safe and unique, and taken. */
    String claim(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "sheet" : wanted, '_');
        if (take(base)) return base;
        for (int n = 2; ; n++) {
            String name = suffixed(base, n);
            if (take(name)) return name;
        }
    }

    /** The {@code n}th sheet of a table whose first sheet is {@code first}, e.g. {@code findings (2)}, made unique. */
    String continuation(String first, int n) {
        for (int k = n; ; k++) {
            String name = suffixed(first, k);
            if (take(name)) return name;
        }
    }

    static String suffixed(String base, int n) {
        String suffix = " (" + n + ")";
        int room = MAX_LENGTH - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }

    private boolean take(String name) {
        return taken.add(name.toLowerCase(Locale.ROOT));
    }
}
