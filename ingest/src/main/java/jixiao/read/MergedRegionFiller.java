package jixiao.read;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Gives every cell of a merged region its top-left value, as the eye reads a merged heading: a
 * level-one heading merged over three rows belongs to all three.
 */
final class MergedRegionFiller {
    /**
     * No form merges more cells than this; a larger region (whole rows or columns merged) is clipped
     * to the printed area so it cannot conjure a million rows.
     */
    static final int MAX_REGION_CELLS = 10_000;

    private MergedRegionFiller() {
    }

    static void fill(SheetCells sheet, List<CellRangeAddress> regions) {
        int lastRow = sheet.lastRow();
        int lastCol = sheet.lastCol();
        for (CellRangeAddress r : regions) {
            String value = sheet.text(r.getFirstRow(), r.getFirstColumn());
            long cells = (long) (r.getLastRow() - r.getFirstRow() + 1) * (r.getLastColumn() - r.getFirstColumn() + 1);
            boolean huge = cells > MAX_REGION_CELLS;
            int toRow = huge ? Math.min(r.getLastRow(), lastRow) : r.getLastRow();
            int toCol = huge ? Math.min(r.getLastColumn(), lastCol) : r.getLastColumn();
            for (int row = Math.max(r.getFirstRow(), 0); row <= toRow; row++) {
                for (int col = Math.max(r.getFirstColumn(), 0); col <= toCol; col++) {
                    // values under a merge are hidden by it: only the top-left one shows
                    sheet.set(row, col, value);
                }
            }
        }
    }
}
