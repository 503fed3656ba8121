package jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet's text as a person sees it, collected cell by cell by either spreadsheet reader, then
 * turned into a grid: merged regions filled, empty rows skipped, hidden sheet and rows noted.
 */
final class SheetCells {
    private final String sheetName;
    /** 0-based row → texts by 0-based column (null where nothing is printed). */
    private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
    private final TreeSet<Integer> hiddenRows = new TreeSet<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();

    SheetCells(String sheetName) {
        this.sheetName = sheetName;
    }

    void put(int row, int col, String rawText) {
        String text = CellText.clean(rawText);
        if (text.isEmpty()) return;
        set(row, col, text);
    }

    void hideRow(int row) {
        hiddenRows.add(row);
    }

    void merge(CellRangeAddress region) {
        merged.add(region);
    }

    /** The text at a cell, "" when nothing is printed there. */
    String text(int row, int col) {
        List<String> r = rows.get(row);
        String t = r == null || col >= r.size() ? null : r.get(col);
        return t == null ? "" : t;
    }

    /** Sets (or, with "", clears) a cell; used by the merged-region filler. */
    void set(int row, int col, String text) {
        List<String> r = rows.get(row);
        if (text.isEmpty()) {
            if (r != null && col < r.size()) r.set(col, null);
            return;
        }
        if (r == null) {
            r = new ArrayList<>();
            rows.put(row, r);
        }
        while (r.size() <= col) r.add(null);
        r.set(col, text);
    }

    int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    int lastCol() {
        return rows.values().stream().mapToInt(List::size).max().orElse(0) - 1;
    }

    Grid toGrid(String source, SheetVisibility visibility) {
        MergedRegionFiller.fill(this, merged);
        String part = "sheet " + sheetName;
        List<Row> out = new ArrayList<>();
        List<Integer> hiddenWithText = new ArrayList<>();
        for (var e : rows.entrySet()) {
            List<String> texts = e.getValue();
            int last = texts.size() - 1;
            while (last >= 0 && texts.get(last) == null) last--;
            if (last < 0) continue; // an empty row: nothing to see
            List<Cell> cells = new ArrayList<>(last + 1);
            for (int c = 0; c <= last; c++) cells.add(new Cell(texts.get(c), part, e.getKey() + 1, c));
            out.add(new Row(cells));
            if (hiddenRows.contains(e.getKey())) hiddenWithText.add(e.getKey() + 1);
        }
        List<String> notes = new ArrayList<>();
        if (visibility == SheetVisibility.HIDDEN) notes.add(part + " is hidden");
        if (visibility == SheetVisibility.VERY_HIDDEN) notes.add(part + " is very hidden");
        if (!hiddenWithText.isEmpty()) notes.add(part + ": " + RowRanges.describe(hiddenWithText) + " hidden");
        return new Grid(source, out, notes);
    }
}
