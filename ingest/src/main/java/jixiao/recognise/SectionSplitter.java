package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jixiao.read.Grid;
import jixiao.read.Row;

/**
 * Cuts a grid into sections. A title row (a short row whose cells all say one thing) opens a section
 * of the kind its words announce; a project-name label opens a new form when the open form already
 * has one (several forms under one title, or forms without titles); a summary-table heading row
 * opens a summary. A form section with no project label that follows a form continues it (a form
 * split across pages, a repeated title marked 续).
 */
final class SectionSplitter {
    private static final int MAX_TITLE_LENGTH = 60;
    private static final Pattern SENTENCE = Pattern.compile("[。,;]");
    private static final Pattern CONTINUED = Pattern.compile("[(（]?续[)）]?$|续表");

    private SectionSplitter() {
    }

    static List<Section> split(Grid grid) {
        List<Section> out = new ArrayList<>();
        Section current = new Section(SectionKind.PREAMBLE, null);
        boolean currentHasLabel = false;
        for (Row row : grid.rows()) {
            String title = titleText(row);
            SectionKind titleKind = title == null ? null : titleKind(title);
            if (titleKind != null) {
                if (titleKind == SectionKind.FORM && CONTINUED.matcher(title).find() && current.kind == SectionKind.FORM) {
                    current.rows.add(row);
                    continue;
                }
                out.add(current);
                current = new Section(titleKind, title);
                currentHasLabel = false;
                current.rows.add(row);
            } else if (Headings.isSummaryHeader(row) && current.kind != SectionKind.SUMMARY) {
                out.add(current);
                current = new Section(SectionKind.SUMMARY, null);
                current.rows.add(row);
            } else if (Headings.isProjectLabelRow(row)) {
                if (current.kind != SectionKind.FORM || currentHasLabel) {
                    out.add(current);
                    current = new Section(SectionKind.FORM, null);
                }
                currentHasLabel = true;
                current.rows.add(row);
            } else {
                current.rows.add(row);
            }
        }
        out.add(current);
        return mergeContinuations(out);
    }

    /** A form section without a project label right after a form is the rest of that form. */
    private static List<Section> mergeContinuations(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            Section prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (s.kind == SectionKind.FORM && prev != null && prev.kind == SectionKind.FORM
                    && !hasProjectLabel(s) && hasProjectLabel(prev) && Headings.hasIndicatorRows(s.rows)) {
                prev.rows.addAll(s.rows);
            } else if (!s.rows.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean hasProjectLabel(Section s) {
        return s.rows.stream().anyMatch(Headings::isProjectLabelRow);
    }

    /** The row's text when every non-blank cell says the same short thing (merged titles repeat). */
    static String titleText(Row row) {
        List<String> texts = row.nonBlankTexts();
        if (texts.isEmpty()) return null;
        String first = texts.get(0);
        for (String t : texts) if (!t.equals(first)) return null;
        String flat = first.replaceAll("\\s+", "");
        // sentences (with 。 , ;) are narrative, not titles
        if (flat.length() > MAX_TITLE_LENGTH || SENTENCE.matcher(flat).find()) return null;
        return flat;
    }

    static SectionKind titleKind(String title) {
        if (Vocabulary.TITLE_SUMMARY.matcher(title).find()) return SectionKind.SUMMARY;
        if (Vocabulary.TITLE_METHOD.matcher(title).find()) return SectionKind.METHOD;
        if (Vocabulary.TITLE_DEPARTMENT_WIDE.matcher(title).find()) return SectionKind.DEPARTMENT_WIDE;
        if (Vocabulary.TITLE_NARRATIVE.matcher(title).find()) return SectionKind.NARRATIVE;
        if (Vocabulary.TITLE_FORM.matcher(title).find()) return SectionKind.FORM;
        return null;
    }
}
