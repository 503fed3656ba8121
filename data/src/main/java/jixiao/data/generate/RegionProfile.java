package jixiao.data.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import jixiao.data.layout.FormStyle;
import jixiao.data.render.DocumentFormat;
import jixiao.region.Division;

/**
 * A region as the generator sees it: where it is, the template and amount unit its departments use,
 * how its text exports look, and the rate of each habit in each year. With the seed templates the
 * region has a {@code style} and one {@code textLayout}; with the catalogue's it has a home
 * {@code template} (its departments mostly use it) and its documents draw their text layouts one by one.
 */
record RegionProfile(int index, Division division, FormStyle style, String template, String amountUnit,
                     DocumentFormat textLayout, Map<Integer, Map<Habit, Double>> rates) {

    /** "乐山市金口河区" as departments print it: the city (or the municipality) before the county. */
    String place() {
        String upper = division.city() != null ? division.city() : division.province();
        return upper.equals(division.county()) ? division.county() : upper + division.county();
    }

    double rate(int year, Habit h) {
        return rates.get(year).getOrDefault(h, 0.0);
    }

    /**
     * @param template the region's home catalogue template, or null for the seed templates (drawn here,
     *                 with the draws the generator always made)
     */
    static RegionProfile draw(int index, Division d, int firstYear, int lastYear, String template, SplittableRandom rng) {
        FormStyle style = template != null ? null : switch (d.province()) {
            case "四川省" -> rng.nextBoolean() ? FormStyle.DISTRICT : FormStyle.DEPARTMENT;
            case "山东省" -> FormStyle.PROVINCIAL;
            default -> FormStyle.values()[rng.nextInt(FormStyle.values().length)];
        };
        String unit = rng.nextDouble() < 0.15 ? "元" : "万元";
        DocumentFormat[] text = {DocumentFormat.TXT_TAB, DocumentFormat.TXT_CELLS, DocumentFormat.TXT_PIPE, DocumentFormat.TXT_SPACE};
        Map<Integer, Map<Habit, Double>> rates = new java.util.TreeMap<>();
        Map<Habit, double[]> plan = new EnumMap<>(Habit.class);
        for (Habit h : Habit.values()) {
            // about a third of regions have each habit; its rate drifts a little year to year
            if (rng.nextDouble() < 0.35) plan.put(h, new double[] {0.4 + 0.5 * rng.nextDouble(), (rng.nextDouble() - 0.5) * 0.2});
        }
        for (int y = firstYear; y <= lastYear; y++) {
            Map<Habit, Double> r = new EnumMap<>(Habit.class);
            for (Map.Entry<Habit, double[]> e : plan.entrySet()) {
                double v = e.getValue()[0] + e.getValue()[1] * (y - firstYear);
                r.put(e.getKey(), Math.round(Math.max(0.05, Math.min(1.0, v)) * 100) / 100.0);
            }
            rates.put(y, r);
        }
        return new RegionProfile(index, d, style, template, unit, text[rng.nextInt(text.length)], rates);
    }
}
