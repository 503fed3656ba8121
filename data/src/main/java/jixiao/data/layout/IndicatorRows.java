package jixiao.data.layout;

import java.util.List;

import jixiao.model.Indicator;

/** Indicator rows with their level-one and level-two headings printed once and merged down. */
final class IndicatorRows {
    private IndicatorRows() {
    }

    interface RowWriter {
        int write(TableBuilder t, Indicator i);
    }

    static void add(TableBuilder t, List<Indicator> indicators, int level1Col, int level2Col, RowWriter writer) {
        int groupStart = -1;
        int subStart = -1;
        String l1 = null;
        String l2 = null;
        for (Indicator i : indicators) {
            boolean newL1 = groupStart < 0 || !same(l1, i.level1());
            boolean newL2 = newL1 || !same(l2, i.level2());
            int r = writer.write(t, i);
            if (newL1) {
                if (groupStart >= 0) t.down(level1Col, groupStart, r - 1);
                groupStart = r;
                l1 = i.level1();
            }
            if (newL2) {
                if (subStart >= 0) t.down(level2Col, subStart, r - 1);
                subStart = r;
                l2 = i.level2();
            }
            if (!newL1) t.clear(r, level1Col);
            if (!newL2) t.clear(r, level2Col);
        }
        int last = t.size() - 1;
        if (groupStart >= 0) t.down(level1Col, groupStart, last);
        if (subStart >= 0) t.down(level2Col, subStart, last);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
