package jixiao.data.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each habit could have been applied (eligible) and was (applied), per region and year:
 * the truth the analytics are checked against, counted as the forms were made.
 */
final class Planted {
    /** region index → year → habit → {eligible, applied}. */
    private final Map<Integer, Map<Integer, Map<Habit, long[]>>> counts = new TreeMap<>();

    /** Whether to apply {@code habit} here, drawing at the region's rate, and counting either way. */
    boolean roll(RegionProfile region, int year, Habit habit, java.util.SplittableRandom rng) {
        double rate = region.rate(year, habit);
        boolean applied = rate > 0 && rng.nextDouble() < rate;
        long[] c = counts.computeIfAbsent(region.index(), k -> new TreeMap<>())
                .computeIfAbsent(year, k -> new EnumMap<>(Habit.class))
                .computeIfAbsent(habit, k -> new long[2]);
        c[0]++;
        if (applied) c[1]++;
        return applied;
    }

    void addAll(Planted other) {
        other.counts.forEach((r, years) -> years.forEach((y, habits) -> habits.forEach((h, c) -> {
            long[] mine = counts.computeIfAbsent(r, k -> new TreeMap<>()).computeIfAbsent(y, k -> new EnumMap<>(Habit.class))
                    .computeIfAbsent(h, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        })));
    }

    long[] get(int region, int year, Habit h) {
        return counts.getOrDefault(region, Map.of()).getOrDefault(year, Map.of()).getOrDefault(h, new long[2]);
    }
}
