package jixiao.data.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Table;
import jixiao.model.Form;

/**
 * Draws which damage a form gets, and does the damage that lies in the layout alone: a row shifted
 * one column right, a long name wrapped over two lines. Neither changes what a careful reader
 * transcribes, so the truth stays as it was. Damage to printed values is {@link FormDamage}'s.
 */
final class NoisePlanter {
    private NoisePlanter() {
    }

    /** A kind of damage and the indicator it is aimed at. */
    record Pick(Noise kind, int indicator) {
    }

    /** A kind among {@code kinds} and an indicator, drawn in the order the generator always drew them; null without indicators. */
    static Pick pick(Form form, List<Noise> kinds, SplittableRandom rng) {
        if (form.indicators().isEmpty()) return null;
        Noise kind = kinds.get(rng.nextInt(kinds.size()));
        return new Pick(kind, rng.nextInt(form.indicators().size()));
    }

    static boolean inLayout(Noise kind) {
        return kind == Noise.SHIFTED_COLUMNS || kind == Noise.WRAPPED_CELL;
    }

    /** The layout with the named indicator's row damaged; the same instance when the damage does not apply. */
    static Layout damage(Layout layout, String name, Noise kind) {
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
        return done ? new Layout(layout.title(), blocks) : layout;
    }

    private static Table damage(Table t, String name, Noise kind) {
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = new ArrayList<>(t.rows().get(r));
            int col = row.indexOf(name);
            if (col < 0) continue;
            boolean changed = switch (kind) {
                case SHIFTED_COLUMNS -> {
                    // only where the row's last cell is empty: the shift must not push a printed value off the row
                    boolean room = row.get(row.size() - 1).isEmpty() && col + 1 < row.size();
                    if (room) {
                        row.add(col + 1, "");
                        row.remove(row.size() - 1);
                    }
                    yield room;
                }
                case WRAPPED_CELL -> {
                    boolean longEnough = name.length() >= 4;
                    if (longEnough) row.set(col, name.substring(0, name.length() / 2) + "\n" + name.substring(name.length() / 2));
                    yield longEnough;
                }
                default -> false;
            };
            if (!changed) return t;
            List<List<String>> rows = new ArrayList<>(t.rows());
            rows.set(r, row);
            return new Table(rows, t.merges());
        }
        return t;
    }
}
