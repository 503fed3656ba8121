package jixiao.read;

import org.apache.poi.hwpf.usermodel.Range;

/** The text a person sees in a .doc paragraph, from HWPF's raw text with Word's control marks. */
final class HwpfText {
    private HwpfText() {
    }

    /**
     * Field codes go (their results stay); the manual line break (0x0B) and page break (0x0C) become
     * '\n'; paragraph and cell marks, and placeholders for pictures, drawings and footnote marks, go.
     */
    static String of(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\u000B', '\u000C' -> out.append('\n');
                case '\t', '\n' -> out.append(ch);
                case '\u001E' -> out.append('-'); // non-breaking hyphen
                default -> {
                    if (ch >= 0x20) out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
