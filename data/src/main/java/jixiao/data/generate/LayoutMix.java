package jixiao.data.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jixiao.data.render.DocumentFormat;

/**
 * The text layouts a "txt" document may be drawn in, with their weights. The realistic mix follows
 * how the 38 real pages of ../shared/real render their tables (SOURCES.tsv's layout column): pipe
 * tables most often, then one cell per line, run-together rows and documents, loose pipes, and a few
 * scrambled PDF texts; clean tab and space exports are the minority.
 */
record LayoutMix(List<DocumentFormat> layouts, double[] weights) {
    static final Map<DocumentFormat, Double> REAL = realWeights();

    private static Map<DocumentFormat, Double> realWeights() {
        Map<DocumentFormat, Double> m = new LinkedHashMap<>();
        m.put(DocumentFormat.TXT_PIPE, 0.20);
        m.put(DocumentFormat.TXT_WEB_CELLS, 0.15);
        m.put(DocumentFormat.TXT_RUN_DOC, 0.12);
        m.put(DocumentFormat.TXT_RUN_ROWS, 0.12);
        m.put(DocumentFormat.TXT_LOOSE_PIPE, 0.12);
        m.put(DocumentFormat.TXT_SPACE, 0.08);
        m.put(DocumentFormat.TXT_TAB, 0.08);
        m.put(DocumentFormat.TXT_CELLS, 0.07);
        m.put(DocumentFormat.TXT_SCRAMBLED, 0.06);
        return m;
    }

    static LayoutMix of(List<String> names) {
        if (names.isEmpty()) throw new IllegalArgumentException("--layouts: none given");
        List<DocumentFormat> layouts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String n : names) {
            if (GeneratorConfig.REALISTIC.equals(n)) {
                REAL.forEach((f, w) -> add(layouts, weights, f, w));
            } else if (GeneratorConfig.CLEAN.equals(n)) {
                for (DocumentFormat f : DocumentFormat.CLEAN_TEXT) add(layouts, weights, f, 1.0);
            } else {
                DocumentFormat f;
                try {
                    f = DocumentFormat.byOptionName(n);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--layouts: unknown layout '" + n + "' (" + GeneratorConfig.REALISTIC + ", "
                            + GeneratorConfig.CLEAN + ", or " + REAL.keySet().stream().map(DocumentFormat::optionName).sorted().toList() + ")");
                }
                if (!f.isText()) throw new IllegalArgumentException("--layouts: '" + n + "' is a file format: ask for it with --formats");
                add(layouts, weights, f, 1.0);
            }
        }
        return new LayoutMix(List.copyOf(layouts), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void add(List<DocumentFormat> layouts, List<Double> weights, DocumentFormat f, double w) {
        if (layouts.contains(f)) return;
        layouts.add(f);
        weights.add(w);
    }

    /** One layout, by weight. */
    DocumentFormat draw(SplittableRandom rng) {
        double total = 0;
        for (double w : weights) total += w;
        double u = rng.nextDouble() * total;
        for (int i = 0; i < layouts.size(); i++) {
            u -= weights[i];
            if (u < 0) return layouts.get(i);
        }
        return layouts.get(layouts.size() - 1);
    }
}
