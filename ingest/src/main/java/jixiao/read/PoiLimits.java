package jixiao.read;

import java.util.List;

/**
 * POI's guards against files that unpack to far more than they weigh (zip bombs): ZipSecureFile's inflate
 * ratio, entry size and entry count, and IOUtils' cap on one record's bytes. They throw plain exceptions
 * with several lines of advice meant for developers; one place recognises them for every reader, so such a
 * file is rejected as too large with one line, not as corrupt.
 */
final class PoiLimits {
    private static final List<String> MESSAGES = List.of("Zip bomb detected", "zip bomb",
            "embeds more internal file entries than expected", "ZIP entry size is too large",
            "MAX_ENTRY_SIZE", "MAX_FILE_COUNT", "Tried to allocate an array of length");
    /** How deep a cause chain is followed (a chain can, in principle, loop). */
    private static final int MAX_CAUSES = 20;

    private PoiLimits() {
    }

    /** The first line of the limit's message, or null when {@code e} is not a limit being hit. */
    static String exceeded(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < MAX_CAUSES; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            for (String limit : MESSAGES) {
                if (m.contains(limit)) return firstLine(m);
            }
        }
        return null;
    }

    static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
