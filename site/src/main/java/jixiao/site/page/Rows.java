package jixiao.site.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** Small helpers over the model's column → value rows. */
final class Rows {
    private Rows() {
    }

    static Double num(Map<String, Object> row, String column) {
        Object o = row.get(column);
        if (!(o instanceof Number n)) return null;
        double d = n.doubleValue();
        return Double.isNaN(d) ? null : d;
    }

    static long count(Map<String, Object> row, String column) {
        Object o = row.get(column);
        return o instanceof Number n ? n.longValue() : 0;
    }

    static String str(Map<String, Object> row, String column) {
        return Objects.toString(row.get(column), null);
    }

    /** The mean of the known values, or null when there are none. */
    static Double mean(Collection<Map<String, Object>> rows, String column) {
        double sum = 0;
        int n = 0;
        for (Map<String, Object> r : rows) {
            Double d = num(r, column);
            if (d != null) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    static double sum(Collection<Map<String, Object>> rows, String column) {
        double sum = 0;
        for (Map<String, Object> r : rows) {
            Double d = num(r, column);
            if (d != null) sum += d;
        }
        return sum;
    }

    static long countWhere(Collection<Map<String, Object>> rows, Predicate<Map<String, Object>> p) {
        return rows.stream().filter(p).count();
    }

    static <K> Map<K, List<Map<String, Object>>> groupBy(Collection<Map<String, Object>> rows,
                                                        Function<Map<String, Object>, K> key) {
        Map<K, List<Map<String, Object>>> m = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        return m;
    }

    /** The known years, in order. */
    static List<Integer> years(Collection<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.get("fiscal_year")).filter(Integer.class::isInstance).map(Integer.class::cast)
                .distinct().sorted().toList();
    }

    static List<Map<String, Object>> top(Collection<Map<String, Object>> rows, Comparator<Map<String, Object>> order, int n) {
        return rows.stream().sorted(order).limit(n).toList();
    }

    /** Sorts nulls last, larger first. */
    static Comparator<Map<String, Object>> descending(String column) {
        return Comparator.comparing((Map<String, Object> r) -> num(r, column), Comparator.nullsLast(Comparator.reverseOrder()));
    }
}
