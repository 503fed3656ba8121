package jixiao.read;

/** Terminal-style width of text: East Asian wide characters take two columns, as text exports align them. */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(int codePoint) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(codePoint);
        if (b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY
                || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS) {
            return 2;
        }
        return 1;
    }

    public static int of(String s) {
        return s.codePoints().map(DisplayWidth::of).sum();
    }
}
