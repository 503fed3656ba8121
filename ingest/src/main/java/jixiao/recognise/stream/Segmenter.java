package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.read.Cell;
import jixiao.read.Grid;
import jixiao.read.Row;
import jixiao.recognise.Values;
import jixiao.recognise.vocab.Key;
import jixiao.recognise.vocab.Vocabulary;

/**
 * Grids to pieces in reading order. A cell that is one heading, label or value is one piece. A cell
 * whose text ran several cells together — exports that glue a row's cells ("项目名称城镇建设管理",
 * "100%100%1515") or print a whole table on one line of single-spaced words — is cut at the
 * vocabulary's headings, at white space between cells, and at the edges of values, so each part
 * can be read as the cell it was. What the cuts cannot decide (1515 as 15 and 15) is left to the
 * readers, which judge by the form's arithmetic.
 */
public final class Segmenter {
    private static final Vocabulary VOCAB = Vocabulary.get();
    /** A value inside run-together text: comparator, number, then % or a unit of the catalogue. */
    private static final Pattern VALUE_START = Pattern.compile("(?:≥|≤|≧|≦|>=|<=|﹦|=|>|<|不低于|不少于|不高于|不超过|不大于|不小于|小于|大于)?\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NOTE = Pattern.compile("^\\s*[(（][^()（）]{1,16}[)）]");
    private static final Pattern YEAR_NOTE = Pattern.compile("^\\s*[(（]?\\s*(?:19|20)\\d{2}\\s*年度?\\s*[)）]?");
    private static final Pattern DATE_RUN = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年(?!度)(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{1,2}\\s*月(?:底|末|初|前)");
    private static final Pattern NAME_PREFIX = Pattern.compile("^指标\\s*\\d+\\s*[:：]");
    private static final Pattern PUSHED_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?%?)\\s+(\\p{IsHan}\\S*)$");
    private static final Pattern PUSHED_AFTER = Pattern.compile("^(\\S{1,40}\\p{IsHan})\\s+(\\d+(?:\\.\\d+)?%?|[=≥≤<>]|>=|<=)$");
    private static final Pattern INLINE_LABEL = Pattern.compile("^([^:：]{1,12})[:：]\\s*(\\S.*)$");
    private static final Pattern PER_UNIT = Pattern.compile("[/／]\\p{IsHan}{1,2}(?:[·*]\\p{IsHan})?");
    private static final Pattern FORMULA = Pattern.compile("[=×*/÷]");
    /** Figures, then a numbered note (1.预算执行率=…): the note's number is not one of the figures. */
    private static final Pattern NOTE_AFTER_FIGURES = Pattern.compile("^(.*?[\\d%])(1[.、．](?!\\d)\\D.*)$");
    private static final Pattern MONEY_NOTE_ALONE = Pattern.compile("^\\s*[(（]\\s*(?:万元|元)\\s*[)）]\\s*$");
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");

    private Segmenter() {
    }

    /** Every grid's pieces, one stream in document order. */
    public static List<Piece> pieces(List<Grid> grids) {
        List<Piece> out = new ArrayList<>();
        boolean runTogether = runTogether(grids);
        Piece previous = null;
        for (int g = 0; g < grids.size(); g++) {
            List<Row> rows = rowsOf(grids.get(g));
            for (int r = 0; r < rows.size(); r++) {
                boolean rowStart = true;
                Piece last = null;
                for (Cell cell : rows.get(r).cells()) {
                    boolean afterLabel = previous != null && previous.isVocab() && previous.hasFamily("label");
                    // a row starts at its first printed cell; blank cells before it open nothing
                    List<Piece> parts = cell(cell, g, r, rowStart && !cell.isBlank(), runTogether, afterLabel);
                    for (Piece x : parts) if (x.kind() != Piece.Kind.EMPTY) rowStart = false;
                    for (Piece p : parts) {
                        // a merged heading or label repeats in every cell it spans: once is enough
                        if (last != null && p.isVocab() && last.isVocab() && p.text().equals(last.text())
                                && !p.hasFamily("level1") && !p.hasFamily("level2")) continue; // 满意度指标 | 满意度指标 are two levels
                        out.add(p);
                        if (p.kind() != Piece.Kind.EMPTY) last = p;
                        if (p.kind() != Piece.Kind.EMPTY) previous = p;
                    }
                }
            }
        }
        return signCodesJoined(out);
    }

    /** "004" then ">=": a Yunnan export's 指标性质 code and its sign, split by a converter, are one sign. */
    private static List<Piece> signCodesJoined(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (i + 1 < pieces.size() && p.kind() == Piece.Kind.VALUE && SIGN_CODE.matcher(p.text()).matches()) {
                Piece q = pieces.get(i + 1);
                if (q.kind() == Piece.Kind.SIGN && q.grid() == p.grid() && q.row() == p.row()) {
                    String text = p.text() + " " + q.text();
                    out.add(new Piece(text, Key.of(text), Piece.Kind.SIGN, List.of(), p.grid(), p.row(), p.col(), p.sub(),
                            p.rowStart(), p.place(), p.glued()));
                    i++;
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Pieces of one cell. Blank cells become EMPTY pieces, so readers that trust printed rows keep
     * their columns.
     */
    /** A grid's rows as the pieces number them (wrapped headings joined). */
    static List<Row> rowsOf(Grid grid) {
        return joinWrappedHeadings(grid.rows());
    }

    /**
     * A document whose cells run headings together (three cells or more each holding two headings or
     * more) is a run-together export: there a value glued to the end of a name is a cell of its own.
     */
    static boolean runTogether(List<Grid> grids) {
        int glued = 0;
        for (Grid g : grids) {
            for (Row r : g.rows()) {
                for (Cell c : r.cells()) {
                    if (c.text().length() < 6 || SENTENCE.matcher(c.text()).find() || FORMULA.matcher(c.text()).find()) continue;
                    String key = Key.of(c.text());
                    List<Vocabulary.Hit> hits = VOCAB.scan(key);
                    int covered = hits.stream().mapToInt(h -> h.end() - h.start()).sum();
                    boolean adjacent = false;
                    for (int i = 1; i < hits.size(); i++) adjacent |= joins(key, hits.get(i - 1).end(), hits.get(i).start());
                    boolean headingsRunTogether = hits.size() >= 2 && adjacent && covered * 2 >= key.length();
                    // a label run into its value (项目名称城镇建设管理), or a row heading run into a name and its
                    // figures (数量指标建设普通省道二级公路32.1公里2020)
                    Vocabulary.Hit first = hits.isEmpty() ? null : hits.get(0);
                    boolean headingAndValue = first != null && first.start() == 0 && first.end() < key.length()
                            && ":：(（".indexOf(key.charAt(first.end())) < 0
                            && (first.hasFamily("label") || (first.hasFamily("level2") || first.hasFamily("level1")
                                || first.has("row.budget_total")) && TWO_DIGITS.matcher(key.substring(first.end())).matches());
                    if ((headingsRunTogether || headingAndValue) && VOCAB.whole(c.text()).isEmpty() && ++glued >= 3) return true;
                }
            }
        }
        return false;
    }

    /**
     * Pieces of one cell; {@code afterLabel}: the cell follows a label, so it is that label's value and
     * is cut only at another label ("项目资金" inside a project name is the name's).
     */
    /**
     * Where a cell's pieces come from: its grid, the index of its printed row (whatever line the cell
     * began on: one-cell-per-line exports print a row over many lines), its column and its place.
     */
    record Origin(int grid, int row, int col, String place) {
    }

    /** What a cell's cut depends on besides its place. */
    private record CutKey(String text, boolean rowStart, boolean runTogether, boolean afterLabel) {
    }

    /** Short cell texts repeat across a corpus (headings, labels, 100%, 据实支付): each is cut once and its pieces placed anew. */
    private static final KeptResults<CutKey, List<Piece>> CUTS = new KeptResults<>(50_000,
            k -> List.copyOf(cut(k.text(), k.rowStart(), k.runTogether(), k.afterLabel())));
    private static final int CUT_TEXT_KEPT = 64;
    private static final Origin NOWHERE = new Origin(0, 0, 0, null);

    static List<Piece> cell(Cell cell, int grid, int row, boolean rowStart, boolean runTogether, boolean afterLabel) {
        List<Piece> cut;
        if (cell.text().length() > CUT_TEXT_KEPT) {
            cut = cut(cell.text(), rowStart, runTogether, afterLabel);
        } else {
            cut = CUTS.get(new CutKey(cell.text(), rowStart, runTogether, afterLabel));
        }
        List<Piece> out = new ArrayList<>(cut.size());
        String place = cell.place();
        for (Piece p : cut) {
            out.add(new Piece(p.text(), p.key(), p.kind(), p.entries(), grid, row, cell.col(), p.sub(), p.rowStart(),
                    place, p.glued(), p.shape()));
        }
        return out;
    }

    /** The pieces of a cell's text, placed nowhere. */
    private static List<Piece> cut(String raw, boolean rowStart, boolean runTogether, boolean afterLabel) {
        Origin at = NOWHERE;
        String text = Values.withoutLineBreaks(Key.dropPinyin(raw)).strip();
        List<Piece> out = new ArrayList<>();
        if (text.isEmpty()) {
            out.add(new Piece("", "", Piece.Kind.EMPTY, List.of(), 0, 0, 0, 0, rowStart, null, false));
            return out;
        }
        List<String> parts = spacedParts(raw);
        int sub = 0;
        for (String part : parts) {
            for (Piece p : part(part, at, sub, rowStart && out.isEmpty(), runTogether || parts.size() > 1,
                    out.isEmpty() ? afterLabel : out.get(out.size() - 1).isVocab() && out.get(out.size() - 1).hasFamily("label"))) {
                out.add(p);
                sub++;
            }
        }
        return out;
    }

    /**
     * A cell printed as single-spaced words is several cells when enough of its words are headings or
     * values (PDF and web exports that lost their table); otherwise its spaces are its own.
     */
    static List<String> spacedParts(String raw) {
        String text = Values.withoutLineBreaks(Key.dropPinyin(raw)).strip();
        if (!hasWordBreak(text)) return List.of(text); // one word: nothing below would cut it
        String[] words = WORD_BREAK.split(text);
        Matcher pushed = PUSHED_NUMBER.matcher(text);
        if (pushed.matches()) return List.of(pushed.group(1), pushed.group(2)); // "6.37 因存在…": a score pushed against its reason
        Matcher pushedAfter = PUSHED_AFTER.matcher(text);
        if (pushedAfter.matches()) return List.of(pushedAfter.group(1), pushedAfter.group(2)); // "提升公共服 15", "…改造费 ="
        if (words.length < 3) return List.of(text);
        int cells = 0;
        for (String w : words) {
            Shape s = Shape.of(w);
            if (s.isNumeric() || s.type() == Shape.Type.SIGN || s.type() == Shape.Type.DASH || !VOCAB.whole(w).isEmpty()
                    || !VOCAB.scan(Key.of(w)).isEmpty()) cells++;
        }
        if (cells < 2 || cells * 4 < words.length) return List.of(text);
        return rejoinHeadings(words);
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\u3000]+");

    /** Whether WORD_BREAK would find a break (and the pushed-value patterns a space) in the text. */
    private static boolean hasWordBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000') return true;
        }
        return false;
    }

    /** Words that together make one heading ("年度 指标值", "绩 效 指 标", "年度 总体 目标") are one part. */
    static List<String> rejoinHeadings(String[] words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; ) {
            if (i + 1 < words.length && SIGN_CODE.matcher(words[i]).matches() && Shape.of(words[i + 1]).type() == Shape.Type.SIGN) {
                out.add(words[i] + " " + words[i + 1]); // "004 >=": a Yunnan export's code before its sign, one cell
                i += 2;
                continue;
            }
            int best = i;
            StringBuilder joined = new StringBuilder(words[i]);
            for (int j = i + 1; j < Math.min(words.length, i + 5); j++) {
                int before = Key.of(joined.toString()).length();
                joined.append(words[j]);
                if (joined.length() > 14) break;
                List<Vocabulary.Entry> e = VOCAB.whole(joined.toString());
                // a prefix heading (预算执行率…) matches any words after it: a word joins only to complete it
                if (!e.isEmpty() && e.stream().noneMatch(x -> x.family().equals("unit") || x.family().equals("comparator")
                        || x.mode() == Vocabulary.Mode.PREFIX && x.key().length() <= before)) best = j;
            }
            StringBuilder part = new StringBuilder();
            for (int k = i; k <= best; k++) part.append(words[k]);
            out.add(part.toString());
            i = best + 1;
        }
        return out;
    }

    /** One space-free part: headings and labels cut out, values cut apart, the rest as text. */
    static List<Piece> part(String text, Origin cell, int sub0, boolean rowStart, boolean runTogether,
                            boolean afterLabel) {
        List<Piece> out = new ArrayList<>();
        List<Vocabulary.Entry> whole = headingEntries(text);
        Matcher noted = NOTE_AFTER_FIGURES.matcher(text);
        if (whole.stream().anyMatch(e -> e.family().equals("note")) && noted.matches()) {
            // "总额33.7933.79…10101.预算执行率=…需说明原因": a row's figures run into the template's numbered notes
            out.addAll(part(noted.group(1), cell, sub0, rowStart, runTogether, afterLabel));
            out.add(piece(noted.group(2), Piece.Kind.VOCAB, whole, cell, sub0 + out.size(), false));
            return out;
        }
        if (whole.isEmpty() && rowStart && runTogether) {
            List<Piece> head = shortLabelsCut(text, cell, sub0);
            if (head != null) return head;
        }
        if (!whole.isEmpty()) {
            boolean sign = whole.stream().allMatch(e -> e.family().equals("comparator"));
            out.add(piece(text, sign ? Piece.Kind.SIGN : Piece.Kind.VOCAB, sign ? List.of() : whole, cell, sub0, rowStart));
            return out;
        }
        if (Shape.of(text).type() == Shape.Type.POINTS || VOCAB.isFamily(text, "phrase")) {
            out.add(piece(text, Piece.Kind.TEXT, List.of(), cell, sub0, rowStart));
            return out;
        }
        if (VOCAB.is(text, "row.placeholder")) {
            out.add(piece(text, Piece.Kind.DASH, List.of(), cell, sub0, rowStart));
            return out;
        }
        if (rowStart) { // "总额5.35.34.46…": a row heading matched only whole, run into the row's figures
            for (int len = Math.min(8, text.length() - 1); len >= 2; len--) {
                if (!Character.isDigit(text.charAt(len))) continue;
                List<Vocabulary.Entry> row = VOCAB.whole(text.substring(0, len)).stream()
                        .filter(e -> e.family().equals("row")).toList();
                // 合计 heads the budget's total row and the table's total line: both readings kept
                if (row.stream().noneMatch(e -> e.mode() == Vocabulary.Mode.EXACT)) continue;
                out.add(piece(text.substring(0, len), Piece.Kind.VOCAB, row, cell, sub0, true));
                // its figures ran together: their digits may hold several numbers (合计10098.42)
                for (Piece p : part(text.substring(len), cell, sub0 + 1, false, true, false)) {
                    out.add(p.kind() == Piece.Kind.VALUE || p.kind() == Piece.Kind.TEXT ? p.asGlued() : p);
                }
                return out;
            }
        }
        Matcher section = SECTION_WITH_POINTS.matcher(text);
        if (rowStart && section.matches()) { // "项目决策(10分)项目立项…": a level-one heading with its points, run into its row
            List<Vocabulary.Entry> level1 = VOCAB.whole(section.group(1)).stream().filter(e -> e.family().equals("level1")).toList();
            if (!level1.isEmpty()) {
                out.add(piece(text.substring(0, section.start(2)).strip(), Piece.Kind.VOCAB, level1, cell, sub0, true));
                String rest = section.group(2);
                int sub = sub0 + 1;
                // and a level-two heading after it that scanning cannot cut (exact ones: 投入管理, 项目立项)
                for (int len = Math.min(12, rest.length() - 2); len >= 2; len--) {
                    List<Vocabulary.Entry> level2 = VOCAB.whole(rest.substring(0, len)).stream()
                            .filter(e -> e.family().equals("level2")).toList();
                    if (level2.stream().anyMatch(e -> e.mode() == Vocabulary.Mode.CONTAINED)) break;
                    if (level2.isEmpty()) continue;
                    out.add(piece(rest.substring(0, len), Piece.Kind.VOCAB, level2, cell, sub++, false));
                    rest = rest.substring(len);
                    break;
                }
                out.addAll(part(rest, cell, sub, false, runTogether, false));
                return out;
            }
        }
        Matcher inline = INLINE_LABEL.matcher(text);
        if (inline.matches()) { // 年度：2022年, 项目名称：XX — a label and its value in one cell
            List<Vocabulary.Entry> label = VOCAB.whole(inline.group(1)).stream()
                    .filter(e -> e.family().equals("label") || e.family().equals("stop")).toList();
            if (!label.isEmpty()) {
                out.add(piece(inline.group(1), Piece.Kind.VOCAB, label, cell, sub0, rowStart));
                String value = inline.group(2).strip();
                Shape vs = Shape.of(value);
                out.add(piece(value, vs.isValue() ? Piece.Kind.VALUE : Piece.Kind.TEXT, List.of(), cell, sub0 + 1, false));
                return out;
            }
        }
        KeyMap km = KeyMap.of(text);
        List<Vocabulary.Hit> hits = NAME_PREFIX.matcher(text).find() ? List.of() : strong(VOCAB.scan(km.key), km.key);
        hits = labelValuesKept(titlesSwallow(hits), afterLabel, km.key);
        int at = 0;
        int sub = sub0;
        boolean glued = !hits.isEmpty() || runTogether;
        boolean local = !hits.isEmpty();
        for (Vocabulary.Hit h : hits) {
            int start = km.printedStart(h.start());
            int end = km.printedEnd(h.end());
            if (h.hasFamily("title")) {
                String before = text.substring(at, start).strip();
                if ((before.startsWith(":") || before.startsWith("：")) && before.length() <= 12) continue; // a label's value (评价方式:…绩效自评)
                start = at; // a title runs from where the last piece ended
                if (end < text.length() && text.charAt(end) == '表') end++;
            }
            if (start > at) {
                boolean labelValue = !out.isEmpty() && out.get(out.size() - 1).hasFamily("label");
                for (Piece p : gap(text.substring(at, start), cell, sub, rowStart && out.isEmpty(), glued && !labelValue, local)) {
                    out.add(p);
                    sub++;
                }
            }
            Matcher note = NOTE.matcher(text.substring(end));
            if (note.find()) end += note.end();
            else if (h.hasFamily("title")) {
                Matcher year = YEAR_NOTE.matcher(text.substring(end));
                if (year.find()) end += year.end();
            }
            boolean phrase = h.hasFamily("phrase"); // a stock phrase run into the next cell: a value, not a heading
            out.add(piece(text.substring(start, end).strip(), phrase ? Piece.Kind.TEXT : Piece.Kind.VOCAB,
                    phrase ? List.of() : withExecutionRow(h.entries(), text.substring(start, end)), cell, sub++, rowStart && out.isEmpty()));
            at = end;
        }
        if (at < text.length()) {
            boolean labelValue = !out.isEmpty() && out.get(out.size() - 1).hasFamily("label")
                    && !out.get(out.size() - 1).has("label.self_score");
            for (Piece p : gap(text.substring(at), cell, sub, rowStart && out.isEmpty(), glued && !labelValue, local)) {
                out.add(p);
                sub++;
            }
        }
        if (out.size() > 1) { // cut out of text that ran cells together: its digits may hold several numbers
            for (int i = 0; i < out.size(); i++) {
                Piece p = out.get(i);
                if (p.kind() == Piece.Kind.VALUE || p.kind() == Piece.Kind.TEXT) out.set(i, p.asGlued());
            }
        }
        return out;
    }

    /** The whole text's vocabulary entries that make it a heading piece (not a unit, phrase or placeholder). */
    private static List<Vocabulary.Entry> headingEntries(String text) {
        List<Vocabulary.Entry> all = VOCAB.whole(text);
        if (all.isEmpty()) return all; // most parts are values and words: no list to filter
        List<Vocabulary.Entry> out = new ArrayList<>();
        for (Vocabulary.Entry e : all) {
            if (!e.inFamily("unit") && !e.inFamily("phrase") && !e.field().equals("row.placeholder") && !prefixWithFigures(e, text)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * A head row whose cells ran together behind a short label that only matches whole (项目, 主管):
     * "项目干部驻村补贴年度：2024年" is 项目 | 干部驻村补贴 | 年度 | 2024年. Only where the rest names
     * another label (年度：, 实施单位), so a sentence that starts with 项目 stays whole. Null when not so.
     */
    private static List<Piece> shortLabelsCut(String text, Origin cell, int sub0) {
        if (VOCAB.scan(Key.of(text)).stream().anyMatch(h -> h.start() == 0)) return null; // 主管部门…, 项目名称…: a longer heading
        for (int len = 2; len <= 4 && len < text.length(); len++) {
            String rest = text.substring(len);
            List<Vocabulary.Entry> label = exactLabel(text.substring(0, len));
            if (label.isEmpty() || !Character.isIdeographic(rest.codePointAt(0))) continue;
            Matcher colon = COLON_LABEL.matcher(rest);
            int at = -1;
            List<Vocabulary.Entry> second = List.of();
            while (at < 0 && colon.find()) {
                for (int from = colon.start(1); from <= colon.end(1) - 2 && at < 0; from++) {
                    second = VOCAB.whole(rest.substring(from, colon.end(1))).stream().filter(e -> e.family().equals("label")).toList();
                    if (!second.isEmpty()) at = from;
                }
            }
            boolean labelled = at > 0 || VOCAB.scan(Key.of(rest)).stream().anyMatch(h -> h.hasFamily("label"));
            if (!labelled) continue;
            List<Piece> out = new ArrayList<>();
            out.add(piece(text.substring(0, len), Piece.Kind.VOCAB, label, cell, sub0, true));
            if (at < 0) {
                out.addAll(part(rest, cell, sub0 + 1, false, true, true));
                return out;
            }
            out.addAll(part(rest.substring(0, at), cell, sub0 + 1, false, true, true));
            String secondLabel = rest.substring(at, colon.end(1));
            out.add(piece(secondLabel, Piece.Kind.VOCAB, second, cell, sub0 + out.size(), false));
            String value = rest.substring(colon.end()).strip();
            if (!value.isEmpty()) out.addAll(part(value, cell, sub0 + out.size(), false, true, true));
            return out;
        }
        return null;
    }

    private static List<Vocabulary.Entry> exactLabel(String text) {
        return VOCAB.whole(text).stream().filter(e -> e.family().equals("label") && e.mode() == Vocabulary.Mode.EXACT).toList();
    }

    /** Words before a colon inside a run-together row: the label of the next cell, perhaps (年度：2024年). */
    private static final Pattern COLON_LABEL = Pattern.compile("(\\p{IsHan}{2,8})[:：]");

    /**
     * Hits worth cutting at: headings of three characters or more, and short ones (分值, 得分, 权重)
     * only where they touch another heading or the edge of the text — inside a sentence a short
     * word is the sentence's own.
     */
    private static List<Vocabulary.Hit> strong(List<Vocabulary.Hit> hits, String key) {
        if (hits.isEmpty()) return hits;
        boolean prose = SENTENCE.matcher(key).find() || CLAUSE.matcher(key).find();
        List<Vocabulary.Hit> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Vocabulary.Hit h = hits.get(i);
            int len = h.end() - h.start();
            boolean joined = (i > 0 && joins(key, hits.get(i - 1).end(), h.start()))
                    || (i + 1 < hits.size() && joins(key, h.end(), hits.get(i + 1).start()));
            boolean label = h.hasFamily("label") || h.hasFamily("title");
            // prose keeps its words: where a sentence is near, only headings run into each other, or a label
            // that opens it, are cut; elsewhere (cells run together before a note) the usual rules hold
            boolean sentence = prose && inSentence(key, h);
            boolean atEdge = h.start() == 0 || h.end() == key.length();
            boolean rowHeading = h.start() == 0 && (h.hasFamily("level1") || h.hasFamily("level2")); // "质量指标系统、设备…"
            boolean keep = sentence ? joined || label && h.start() == 0 || rowHeading
                    : label || joined || atEdge || followedByFigure(key, h.end()) || len >= 3;
            if (keep) out.add(h);
        }
        return out;
    }

    private static boolean followedByFigure(String key, int at) {
        return at < key.length() && (Character.isDigit(key.charAt(at)) || "≥≤=<>:".indexOf(key.charAt(at)) >= 0);
    }

    /** Two headings touch when nothing but a note, a colon or a number of points lies between them. */
    private static boolean joins(String key, int from, int to) {
        if (to <= from) return true;
        String between = key.substring(from, to);
        return JOINER.matcher(between).matches();
    }

    // precompiled (String.matches and replaceAll compile on every call)
    /** What may lie between two headings that touch: notes, colons, points. */
    private static final Pattern JOINER = Pattern.compile("^(?:[(（][^()（）]{0,16}[)）]|[:：*]|\\d+分)+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TWO_DIGITS = Pattern.compile(".*\\d{2,}.*");
    private static final Pattern NOTES = Pattern.compile("[(（][^()（）]*[)）]");
    private static final Pattern DIGIT_FIRST = Pattern.compile("\\d.*");
    private static final Pattern SHORT_NOTE = Pattern.compile("^[(（][^()（）]{1,12}[)）]$");

    private static final Pattern MONEY_NOTE = Pattern.compile("\\s*[(（]\\s*万?元\\s*[)）]");

    private static boolean joinsAcrossSpace(String key, int from, int to) {
        if (to <= from) return true;
        String between = SPACES.matcher(key.substring(from, to)).replaceAll("");
        return between.isEmpty() || JOINER.matcher(between).matches();
    }

    /** A word inside a sentence: sentence punctuation near it and plain words on both sides. */
    private static boolean inSentence(String key, Vocabulary.Hit h) {
        int a = Math.max(0, h.start() - 12);
        int b = Math.min(key.length(), h.end() + 12);
        return SENTENCE.matcher(key.substring(a, b)).find() || CLAUSE.matcher(key.substring(a, b)).find();
    }

    private static final Pattern CLAUSE = Pattern.compile("[,，、“”\"]");

    /**
     * A label's value runs to the next label: "转移支付(项目)名称车辆购置税收入补助地方资金(…)" keeps
     * 地方资金 in the name. Only labels, titles, blocks and budget headings end a value.
     */
    private static List<Vocabulary.Hit> labelValuesKept(List<Vocabulary.Hit> hits, boolean afterLabel, String key) {
        List<Vocabulary.Hit> out = new ArrayList<>();
        boolean inValue = afterLabel;
        for (int i = 0; i < hits.size(); i++) {
            Vocabulary.Hit h = hits.get(i);
            // a block heading ends a value only where budget headings or its money unit follow it
            // ("…中心项目资金(万元) 年初预算数"): elsewhere "…项目资金" is the project's own name
            boolean blockBeforeBudget = h.hasFamily("block") && (MONEY_NOTE.matcher(key).region(h.end(), key.length()).lookingAt()
                    || i + 1 < hits.size() && hits.get(i + 1).hasFamily("budget") && joinsAcrossSpace(key, h.end(), hits.get(i + 1).start()));
            boolean ends = h.hasFamily("label") || h.hasFamily("stop") || h.hasFamily("title") || h.hasFamily("budget")
                    || blockBeforeBudget;
            if (inValue && !ends) continue;
            out.add(h);
            inValue = h.hasFamily("label") && !h.has("label.self_score");
        }
        return out;
    }

    /** A title swallows the headings printed inside it ("…补助地方资金(…)绩效目标自评"), but not a label before it. */
    private static List<Vocabulary.Hit> titlesSwallow(List<Vocabulary.Hit> hits) {
        int title = -1;
        for (int i = 0; i < hits.size(); i++) if (hits.get(i).hasFamily("title")) title = i;
        if (title <= 0) return hits;
        List<Vocabulary.Hit> out = new ArrayList<>();
        int keepUpTo = -1;
        for (int i = 0; i < title; i++) {
            Vocabulary.Hit h = hits.get(i);
            if (h.hasFamily("label") || h.hasFamily("stop")) keepUpTo = i;
        }
        for (int i = 0; i < hits.size(); i++) if (i <= keepUpTo || i >= title) out.add(hits.get(i));
        return out;
    }

    /** Text between headings: a separator colon dropped, values cut apart when the cell ran cells together. */
    private static List<Piece> gap(String raw, Origin cell, int sub0, boolean rowStart, boolean glued, boolean local) {
        String text = raw.strip();
        while (text.startsWith(":") || text.startsWith("：")) text = text.substring(1).strip();
        List<Piece> out = new ArrayList<>();
        if (text.isEmpty()) return out;
        List<String> parts = valueParts(text, glued, local);
        int sub = sub0;
        for (String p : parts) {
            Shape s = Shape.of(p);
            Piece.Kind kind = switch (s.type()) {
                case NUMBER, PERCENT, QUANTITY, DATE, GLUED -> Piece.Kind.VALUE;
                case SIGN -> Piece.Kind.SIGN;
                case DASH -> Piece.Kind.DASH;
                case EMPTY -> Piece.Kind.EMPTY;
                case TEXT, POINTS -> s.comparator() != null ? Piece.Kind.VALUE : Piece.Kind.TEXT;
            };
            out.add(piece(p, kind, List.of(), cell, sub++, rowStart && out.isEmpty(), s));
        }
        return out;
    }

    /**
     * Cuts "项目计划完成率100%100%1515" into the name and its values. Only where the text holds two
     * values or more, or the cell already ran headings together: a name with one number in it
     * ("0-6岁儿童健康管理数") stays whole.
     */
    static List<String> valueParts(String text, boolean glued, boolean local) {
        if (Shape.of(text).type() == Shape.Type.POINTS) return List.of(text); // (10分): a section's points, whole
        if (NAME_PREFIX.matcher(text).find() && !glued) return List.of(text);
        Matcher twice = TARGET_TWICE.matcher(text);
        if (glued && twice.matches()) { // "项目完成时效2024年12月底前2024年12月底前": a name, its target and the same actual
            List<String> out = new ArrayList<>(natureCut(twice.group(1)));
            out.addAll(List.of(twice.group(2), twice.group(2)));
            if (!twice.group(3).isBlank()) out.addAll(valueParts(twice.group(3).strip(), true, local));
            return out;
        }
        Matcher natureTwice = NATURE_TARGET_TWICE.matcher(text);
        if (glued && natureTwice.matches()) { // "保障公务出行定性保障保障3030": name, 指标性质, a word target and the same achieved
            List<String> out = new ArrayList<>(List.of(natureTwice.group(1), natureTwice.group(2), natureTwice.group(3), natureTwice.group(3)));
            if (!natureTwice.group(4).isBlank()) out.addAll(valueParts(natureTwice.group(4).strip(), true, local));
            return out;
        }
        Matcher wordTwice = WORD_TARGET_TWICE.matcher(text);
        if (glued && wordTwice.matches()) { // "资金使用合规性合规7合规7", "…≥10759张710759张7": name, target, weight, the same achieved (no sign), score
            List<String> out = new ArrayList<>(List.of(wordTwice.group(1), wordTwice.group(2) + wordTwice.group(3), wordTwice.group(4),
                    wordTwice.group(3)));
            if (wordTwice.group(5) != null) out.add(wordTwice.group(5));
            return out;
        }
        Matcher tail = FIGURE_AFTER_SENTENCE.matcher(text);
        if (glued && tail.matches()) { // "…按B/A*该指标分值记分。12.5": the next cell's figure run onto a finished sentence
            List<String> out = new ArrayList<>(valueParts(tail.group(1), true, local));
            out.add(tail.group(2));
            return out;
        }
        // prose keeps its numbers: figures are cut only before its first sentence mark ("12.5|12.5|完成值达到…,记满分")
        Matcher mark = PROSE_MARK.matcher(text);
        int proseFrom = mark.find() ? Math.max(0, lastBreakBefore(text, mark.start())) : Integer.MAX_VALUE;
        Matcher firstFigure = DIGIT.matcher(text);
        if (proseFrom != Integer.MAX_VALUE && firstFigure.find()) {
            String before = text.substring(0, firstFigure.start());
            if (before.contains(":") || before.contains("：")) proseFrom = 0; // "定性指标计算:根据…": an explanation, whole
        }
        List<int[]> values = new ArrayList<>();
        Matcher m = VALUE_START.matcher(text);
        Matcher prefix = NAME_PREFIX.matcher(text);
        int from = prefix.find() ? prefix.end() : 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            boolean signed = !Character.isDigit(text.charAt(start)); // ">=97%" after "8": a new value
            if (start > 0 && !signed && (Character.isDigit(text.charAt(start - 1)) || "-~.．、/".indexOf(text.charAt(start - 1)) >= 0)) {
                from = start + 1;
                continue;
            }
            if (start >= proseFrom) break;
            Matcher date = DATE_RUN.matcher(text).region(start, text.length());
            if (date.lookingAt()) { // a date is part of the words around it: "完成时间为2022年12月30日"
                from = date.end();
                continue;
            }
            int dateAt = dateInsideDigits(text, start);
            if (dateAt > start) { // "82023年12月底前", "1012月31日前": a figure run into a date after it
                values.add(new int[] {start, dateAt});
                Matcher d = DATE_RUN.matcher(text).region(dateAt, text.length());
                from = d.lookingAt() ? d.end() : dateAt;
                continue;
            }
            Matcher n = NUMBER.matcher(text);
            n.find(m.end() - 1);
            int end = n.end();
            if (end < text.length() && (text.charAt(end) == '%' || text.charAt(end) == '‰')) {
                end++;
            } else {
                String unit = VOCAB.unitAt(Key.simplified(text), end);
                if (unit != null) end += unit.length();
                // a unit per unit: 万元/辆, 台/套, 元/人·月
                Matcher per = PER_UNIT.matcher(text).region(end, text.length());
                if (unit != null && per.lookingAt()) end = per.end();
            }
            values.add(new int[] {start, end});
            from = end;
        }
        boolean cut = glued && !values.isEmpty(); // a cell of a clean table is one cell, numbers and all
        if (!cut) return List.of(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (int[] v : values) {
            if (v[0] > at) add(out, text.substring(at, v[0]));
            add(out, text.substring(v[0], v[1]));
            at = v[1];
        }
        if (at < text.length()) add(out, text.substring(at));
        return out;
    }

    /** Where a date starts inside a run of digits (its year or month run into a figure before it), or -1. */
    private static int dateInsideDigits(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) end++;
        if (end >= text.length() || end - start < 2) return -1;
        char after = text.charAt(end);
        int[] lengths = after == '年' ? new int[] {4} : after == '月' ? new int[] {2, 1} : new int[0];
        for (int len : lengths) {
            int at = end - len;
            if (at <= start) continue;
            Matcher d = DATE_RUN.matcher(text).region(at, text.length());
            if (d.lookingAt() && (after != '月' || Integer.parseInt(text.substring(at, end)) <= 12)) return at;
        }
        return -1;
    }

    /** 预算执行率 cut out of a row is also the execution row's name, as it is when it fills a cell alone. */
    private static List<Vocabulary.Entry> withExecutionRow(List<Vocabulary.Entry> entries, String printed) {
        List<Vocabulary.Entry> row = VOCAB.whole(printed).stream().filter(e -> e.field().equals("row.execution")).toList();
        if (row.isEmpty() || entries.containsAll(row)) return entries;
        List<Vocabulary.Entry> out = new ArrayList<>(entries);
        out.addAll(row);
        return out;
    }

    /** A prefix heading (预算执行率…) run straight into figures is a row run together, not a heading: "预算执行率10—19.74%1.97". */
    private static boolean prefixWithFigures(Vocabulary.Entry e, String text) {
        if (e.mode() != Vocabulary.Mode.PREFIX || !e.field().equals("row.execution")) return false;
        String key = Key.of(text);
        if (!key.startsWith(e.key())) return false;
        return DIGIT_FIRST.matcher(NOTES.matcher(key.substring(e.key().length())).replaceAll("")).matches();
    }

    /** A name run into a target printed twice (target and actual alike): a figure or date, or a grade word. */
    private static final Pattern TARGET_TWICE = Pattern.compile(
            "^(.*?\\p{IsHan}[)）]?)((?:[≥≤<>=＝]?\\d[\\d.]*[^\\d\\s.][^\\s\\d]{0,12}?)|(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?[^\\s\\d]{0,8}?)|(?:\\d{1,2}月(?:\\d{1,2}日)?[^\\s\\d]{0,8}?)|优|良|好|是|达标|合格|完成|有效|显著|提升|长期|满意|稳定|及时|规范)\\2([\\d.%\\s]*)$");

    /** "项目完成时效006 定性": a name and the 指标性质 (a Yunnan code and its word) run onto it, cut apart. */
    static List<String> natureCut(String name) {
        Matcher m = NATURE_AFTER_NAME.matcher(name);
        return m.matches() ? List.of(m.group(1), m.group(2)) : List.of(name);
    }

    private static final Pattern NATURE_AFTER_NAME = Pattern.compile("^(.*?\\p{IsHan}[)）]?)\\s*((?:\\d{3}\\s*)?(?:定性|定量))$");

    /** A name run into its 指标性质 word and a word target printed twice (target and actual alike). */
    private static final Pattern NATURE_TARGET_TWICE = Pattern.compile("^(.*?\\p{IsHan}[)）]?)(定性|定量)(\\p{IsHan}{1,8}?)\\3([\\d.%\\s]*)$");

    /** A name run into a target (a word, a quantity, a date; a sign before it), its points, the same target achieved and its score. */
    private static final Pattern WORD_TARGET_TWICE = Pattern.compile(
            "^(\\p{IsHan}.*?\\p{IsHan}[)）]?)((?:>=|<=|[≥≤<>=＝])?)(\\p{IsHan}{1,6}|\\d[\\d.]*[^\\d\\s.][^\\s\\d]{0,12}?"
                    + "|\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?[^\\s\\d]{0,8}?)(\\d+(?:\\.\\d+)?)\\3(\\d+(?:\\.\\d+)?)?$");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SIGN_CODE = Pattern.compile("^0\\d{2}$");

    private static final Pattern SECTION_WITH_POINTS = Pattern.compile("^(\\p{IsHan}{2,8})\\s*[(（]\\d+(?:\\.\\d+)?分[)）]\\s*(\\S.*)$");
    private static final Pattern FIGURE_AFTER_SENTENCE = Pattern.compile("^(.*[。；;])\\s*(\\d+(?:\\.\\d+)?%?)$", Pattern.DOTALL);
    /** Marks of a sentence; 、 alone lists things inside a name (系统、设备无故障率), so it is none. */
    private static final Pattern PROSE_MARK = Pattern.compile("[。；;,，]");

    /** Where the words before a sentence mark begin: after the last figure before it, else at 0. */
    private static int lastBreakBefore(String text, int mark) {
        for (int i = mark - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '%') return i + 1;
        }
        return 0;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        while (t.startsWith(":") || t.startsWith("：")) t = t.substring(1).strip();
        if (!t.isEmpty()) out.add(t);
    }

    private static boolean isPlaceholder(List<Vocabulary.Entry> entries) {
        return entries.stream().allMatch(e -> e.field().equals("row.placeholder"));
    }

    private static Piece piece(String text, Piece.Kind kind, List<Vocabulary.Entry> entries, Origin at, int sub,
                               boolean rowStart) {
        return piece(text, kind, entries, at, sub, rowStart, null);
    }

    /** A piece whose shape was read already ({@code shape} is Shape.of(text), or null to read it). */
    private static Piece piece(String text, Piece.Kind kind, List<Vocabulary.Entry> entries, Origin at, int sub,
                               boolean rowStart, Shape shape) {
        return new Piece(text, Key.of(text), kind, entries, at.grid(), at.row(), at.col(), sub, rowStart, at.place(), false, shape);
    }

    /**
     * Headings a web page wrapped over two lines of one cell ("一级" / "指标", "服务对象" / "满意度指标")
     * come out as two one-cell rows; they are one heading when joined and neither half is one alone.
     */
    static List<Row> joinWrappedHeadings(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            while (i + 1 < rows.size() && single(r) && single(rows.get(i + 1)) && wrapped(lastCell(r), firstCell(rows.get(i + 1)))) {
                Cell a = lastCell(r);
                Cell b = firstCell(rows.get(i + 1));
                List<Cell> cells = new ArrayList<>(r.cells().subList(0, r.cells().indexOf(a)));
                cells.add(new Cell(a.text() + b.text(), a.part(), a.row(), a.col()));
                r = new Row(cells);
                i++;
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Two lines are one wrapped cell when a heading runs across the break (一级 / 指标, 经济效益 / 指标,
     * 服务对象 / 满意度指标) or the second line is only the first's note ((万元)).
     */
    private static boolean wrapped(Cell a, Cell b) {
        boolean samePart = a.part() == null || a.part().isEmpty();
        if (!samePart || a.text().isEmpty() || b.text().isEmpty()) return false;
        boolean note = NOTE.matcher(b.text()).matches() || SHORT_NOTE.matcher(b.text()).matches();
        // a money note may come a blank line down (one cell per line, blank lines between: 计划投资额 / (万元))
        if (note) return b.row() == a.row() + 1 || b.row() == a.row() + 2 && MONEY_NOTE_ALONE.matcher(b.text()).matches();
        if (b.row() != a.row() + 1) return false;
        String ka = Key.of(a.text());
        String kb = Key.of(b.text());
        for (Vocabulary.Hit h : VOCAB.scan(ka + kb)) {
            if (h.start() < ka.length() && h.end() > ka.length()) return true;
        }
        return false;
    }

    private static Cell lastCell(Row r) {
        Cell last = r.cells().get(0);
        for (Cell c : r.cells()) if (!c.isBlank()) last = c;
        return last;
    }

    private static boolean single(Row r) {
        return r.nonBlankTexts().size() == 1;
    }

    private static Cell firstCell(Row r) {
        for (Cell c : r.cells()) if (!c.isBlank()) return c;
        return r.cells().get(0);
    }

    /** A printed text's key with, for each key character, where it came from in the text. */
    record KeyMap(String key, int[] from, int length) {
        static KeyMap of(String printed) {
            StringBuilder key = new StringBuilder();
            int[] from = new int[2 * printed.length() + 2];
            int k = 0;
            for (int i = 0; i < printed.length(); ) {
                int cp = printed.codePointAt(i);
                int len = Character.charCount(cp);
                if (!Character.isWhitespace(cp) && cp != 0x3000 && cp != 0xA0) {
                    String s = Key.simplified(new String(Character.toChars(cp)));
                    for (int j = 0; j < s.length(); j++) from[k++] = i;
                    key.append(s);
                }
                i += len;
            }
            from[k] = printed.length();
            return new KeyMap(key.toString(), from, printed.length());
        }

        int printedStart(int keyIndex) {
            return from[keyIndex];
        }

        /** The printed index just after the key character before {@code keyEnd}. */
        int printedEnd(int keyEnd) {
            if (keyEnd >= key.length()) return length;
            return from[keyEnd];
        }
    }
}
