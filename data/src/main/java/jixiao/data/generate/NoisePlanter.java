package jixiao.data.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Table;
import jixiao.model.Form;

/**
 * Damages one indicator row of a laid-out form the way real extractions are damaged, and says how.
 * The form itself (the truth) is left as it was: the damage is what a reader has to survive.
 */
final class NoisePlanter {
    private NoisePlanter() {
    }

    record Noisy(Layout layout, Noise noise) {
    }

    static Noisy plant(Form form, Layout layout, SplittableRandom rng) {
        if (form.indicators().isEmpty()) return new Noisy(layout, null);
        Noise kind = Noise.values()[rng.nextInt(Noise.values().length)];
        String name = form.indicators().get(rng.nextInt(form.indicators().size())).name();
        List<Block> blocks = new ArrayList<>();
        boolean done = false;
        for (Block b : layout.blocks()) {
            if (!done && b instanceof Table t) {
                Table damaged = damage(t, name, kind);
                done = damaged != t;
                blocks.add(damaged);
            } else {
                blocks.add(b);
            }
        }
        return done ? new Noisy(new Layout(layout.title(), blocks), kind) : new Noisy(layout, null);
    }

    private static Table damage(Table t, String name, Noise kind) {
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = new ArrayList<>(t.rows().get(r));
            int col = row.indexOf(name);
            if (col < 0) continue;
            boolean changed = switch (kind) {
                case UNIT_SWAP -> swapUnit(row, col);
                case SHIFTED_COLUMNS -> {
                    row.add(col + 1, "");
                    row.remove(row.size() - 1);
                    yield true;
                }
                case MISSING_CELL -> {
                    boolean had = col + 2 < row.size() && !row.get(col + 2).isEmpty();
                    if (had) row.set(col + 2, "");
                    yield had;
                }
                case WRAPPED_CELL -> {
                    boolean longEnough = name.length() >= 4;
                    if (longEnough) row.set(col, name.substring(0, name.length() / 2) + "\n" + name.substring(name.length() / 2));
                    yield longEnough;
                }
            };
            if (!changed) return t;
            List<List<String>> rows = new ArrayList<>(t.rows());
            rows.set(r, row);
            return new Table(rows, t.merges());
        }
        return t;
    }

    /** OCR-like confusions of unit characters: 元→兀, 个→介, 人→入, 次→欠, 件→仵. */
    private static boolean swapUnit(List<String> row, int from) {
        String[][] swaps = {{"元", "兀"}, {"个", "介"}, {"人", "入"}, {"次", "欠"}, {"件", "仵"}, {"台", "合"}};
        for (int c = from + 1; c < row.size(); c++) {
            for (String[] s : swaps) {
                if (row.get(c).contains(s[0])) {
                    row.set(c, row.get(c).replace(s[0], s[1]));
                    return true;
                }
            }
        }
        return false;
    }
}
