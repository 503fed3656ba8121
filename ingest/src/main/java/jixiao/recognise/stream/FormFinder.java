package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds forms by their anchors, not by one row shape. A title or a project-name label opens a form
 * once the form before it holds something (a name, a budget, an indicator table); a department-wide,
 * method or summary title opens a stretch that is set apart. Pieces before the first anchor that
 * hold an indicator table's rows (a page that starts mid-form) are a form of their own, to be read
 * as the tail it is. A region with too few anchors is no form: a lone title or narrative.
 */
final class FormFinder {
    /** A title is a short heading line, not a sentence that mentions a form. */
    private static final Pattern SENTENCE = Pattern.compile("[。;；,，!?！？]");
    private static final int MAX_TITLE = 70;
    private static final Pattern CONTINUED = Pattern.compile("续表|[(（]续[)）]");

    private FormFinder() {
    }

    static List<Span> find(List<Piece> pieces) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        Span.Kind kind = Span.Kind.FORM;
        Piece title = null;
        State state = new State();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Span.Kind titleKind = inHeadingRow(pieces, i) ? null : titleKind(p);
            if (titleKind == null && summaryHeading(pieces, i) && kind != Span.Kind.SUMMARY) titleKind = Span.Kind.SUMMARY;
            // a title after a cover page (labels only) heads the same form; after a table or budget, the next one
            boolean opensForm = titleKind == Span.Kind.FORM && (state.hasBody() || kind != Span.Kind.FORM);
            boolean opensOther = titleKind != null && titleKind != Span.Kind.FORM && (state.hasContent() || kind != titleKind);
            boolean secondName = p.has("label.project_name") && (state.name || state.rows > 0 || state.tableHeader)
                    && !(titleJustBefore(pieces, i, start));
            if (opensForm || opensOther || secondName) {
                if (i > start) out.add(region(kind, start, i, title, pieces));
                start = i;
                state = new State();
                kind = titleKind != null ? titleKind : Span.Kind.FORM;
                title = titleKind != null ? p : null;
            } else if (titleKind != null && title == null && i - start <= 3) {
                title = p; // a title right after the page's first pieces
                if (titleKind != Span.Kind.FORM) kind = titleKind;
            }
            state.see(p);
        }
        if (start < pieces.size()) out.add(region(kind, start, pieces.size(), title, pieces));
        return out;
    }

    /** 序号 | 项目名称 | … | 自评得分 | 自评等级: the heading of a summary table that has no title above it. */
    private static boolean summaryHeading(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (!p.rowStart() || !p.has("summary.index")) return false;
        boolean name = false, score = false;
        for (int k = i + 1; k < Math.min(pieces.size(), i + 8) && pieces.get(k).row() == p.row(); k++) {
            Piece q = pieces.get(k);
            name |= q.has("summary.name");
            score |= q.has("summary.score") || q.has("summary.grade");
        }
        return name && score;
    }

    /** 评分标准 as one column heading among others is a heading, not a title. */
    private static boolean inHeadingRow(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (p.rowStart() || i == 0) return false;
        Piece prev = pieces.get(i - 1);
        return prev.row() == p.row() && prev.grid() == p.grid() && prev.isVocab() && (prev.hasFamily("ind") || prev.hasFamily("budget"));
    }

    private static boolean titleJustBefore(List<Piece> pieces, int i, int start) {
        for (int k = i - 1; k >= Math.max(start, i - 3); k--) if (titleKind(pieces.get(k)) == Span.Kind.FORM) return true;
        return false;
    }

    private static Span region(Span.Kind kind, int from, int to, Piece title, List<Piece> pieces) {
        return new Span(kind, from, to, title, List.copyOf(pieces.subList(from, to)));
    }

    /** What a title piece announces, or null when the piece is no title. */
    static Span.Kind titleKind(Piece p) {
        if (!p.isVocab() || p.text().length() > MAX_TITLE || SENTENCE.matcher(p.text()).find()) return null;
        if (CONTINUED.matcher(p.key()).find()) return null; // 自评表（续表）: the table goes on from the page before
        boolean form = p.hasFamily("title") && p.has("title.form");
        String key = p.key();
        if (p.has("title.department_wide") || (form && key.matches(".*(部门整体|整体支出|整体绩效).*"))) return Span.Kind.DEPARTMENT_WIDE;
        if (p.has("title.summary")) return Span.Kind.SUMMARY;
        if (p.has("title.method")) return Span.Kind.METHOD;
        if (p.has("title.target")) return Span.Kind.TARGET; // 绩效目标表: targets set before the year, nothing to evaluate
        return form ? Span.Kind.FORM : null;
    }

    /** What the open region has shown so far. */
    private static final class State {
        boolean name;
        boolean budget;
        boolean tableHeader;
        int rows;

        void see(Piece p) {
            if (p.has("label.project_name")) name = true;
            if (p.has("row.budget_total") || p.hasFamily("budget")) budget = true;
            if (p.hasFamily("ind")) tableHeader = true;
            if (p.hasFamily("level1") || p.hasFamily("level2")) rows++;
        }

        boolean hasContent() {
            return name || budget || tableHeader || rows > 0;
        }

        boolean hasBody() {
            return budget || tableHeader || rows > 0;
        }
    }
}
