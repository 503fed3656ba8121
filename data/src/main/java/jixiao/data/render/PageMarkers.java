package jixiao.data.render;

/**
 * The page numbers doc-sharing sites print where the original's pages broke (real 009, 029, 038):
 * "1、" before the text, then "2、", "3、"… In run-together text a break falls anywhere, even inside
 * a figure ("12.51\n\n3、2.512.5"); in line-per-cell or line-per-row text it starts a line.
 */
final class PageMarkers {
    /** Characters of run-together text per page. */
    static final int PAGE_CHARS = 900;
    /** Lines of line-based text per page. */
    static final int PAGE_LINES = 45;

    private PageMarkers() {
    }

    static String insert(String body, TextStyle style) {
        boolean runTogether = style == TextStyle.RUN_DOC || style == TextStyle.RUN_ROWS || style == TextStyle.SCRAMBLED;
        return runTogether ? byCharacters(body) : byLines(body);
    }

    private static String byCharacters(String body) {
        StringBuilder out = new StringBuilder("1、");
        int page = 1;
        int last = 0;
        int at = PAGE_CHARS;
        while (at < body.length()) {
            // not inside a converter's pinyin note "(xiàng)": the note must stay whole to be seen as one
            while (at < body.length() && (insideNote(body, at) || body.charAt(at) == '(')) at++;
            if (at >= body.length()) break;
            out.append(body, last, at).append("\n\n").append(++page).append('、');
            last = at;
            at += PAGE_CHARS;
        }
        return out.append(body.substring(last)).toString();
    }

    private static boolean insideNote(String s, int at) {
        int open = s.lastIndexOf('(', at - 1);
        int close = s.lastIndexOf(')', at - 1);
        return open > close && at - open <= 9;
    }

    private static String byLines(String body) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int page = 0;
        int since = PAGE_LINES;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (since >= PAGE_LINES && !line.isBlank()) {
                line = (++page) + "、" + line;
                since = 0;
            }
            since++;
            out.append(line);
            if (i < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }
}
