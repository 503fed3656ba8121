package jixiao.data.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jixiao.recognise.vocab.Template;
import jixiao.recognise.vocab.Vocabulary;

/**
 * Heading variants a template prints in the real documents that show it, besides the catalogue's own
 * (e.g. 037 prints 调整预算数 where mof-2020 says 全年预算数; 029 prints 考值 for 分值, 035 年终完成值).
 * Every variant is one the vocabulary lists for the field, so what the generator prints is what the
 * recogniser is meant to know; {@link #variants} keeps only those.
 */
final class Headings {
    private static final Map<String, Map<String, List<String>>> SEEN = Map.of(
            "mof-2020", Map.of("budget.adjusted", List.of("调整预算数", "全年预算数"), "ind.actual", List.of("实际完成值", "实际完成指标值")),
            "sichuan-department", Map.of("ind.actual", List.of("完成值", "实际完成值")),
            "central-transfer", Map.of("ind.actual", List.of("全年实际完成值", "实际完成值"),
                    "ind.reason", List.of("未完成原因和改进措施", "未完成原因及改进措施")),
            "anhui-target", Map.of("ind.actual", List.of("全年实际值", "实际完成值")),
            "hunan-special", Map.of("ind.actual", List.of("实际完成值", "全年实际完成值")),
            "beijing", Map.of("ind.reason", List.of("未完成原因分析", "未完成原因分析及改进措施")),
            "scoring-sheet", Map.of("ind.weight", List.of("分值", "考值"), "ind.actual", List.of("全年实际值(B)", "年终完成值"),
                    "ind.score", List.of("得分", "自评分")),
            "hebei", Map.of("ind.actual", List.of("实际完成值", "全年实际完成值")));

    /** Variants per template id, worked out once (matching them against the vocabulary is not free). */
    private static final Map<String, Map<String, List<String>>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Headings() {
    }

    /** For each column the template prints several ways, the variants it may print (all in the vocabulary). */
    static Map<String, List<String>> variants(Template t) {
        return CACHE.computeIfAbsent(t.id(), id -> known(t));
    }

    private static Map<String, List<String>> known(Template t) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Vocabulary v = Vocabulary.get();
        SEEN.getOrDefault(t.id(), Map.of()).forEach((field, printed) -> {
            List<String> known = printed.stream().filter(p -> v.is(p, field)).toList();
            if (known.size() > 1) out.put(field, known);
        });
        return Map.copyOf(out);
    }

    /** One variant per field for a form, in a fixed field order so a seed gives the same choice. */
    static Map<String, String> choose(Template t, SplittableRandom rng) {
        Map<String, String> out = new LinkedHashMap<>();
        variants(t).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey(), e.getValue().get(rng.nextInt(e.getValue().size()))));
        return out;
    }
}
