package jixiao.region;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import jixiao.model.Region;

/**
 * Finds where a form comes from, from its budget project code and the names on it (department,
 * implementing unit).
 *
 * <p>Code first: a project code such as {@code 51090423T000007848282} starts with a division code.
 * If those six digits are a known county, that is the answer (names are sometimes misprinted, codes
 * are not); a known province or city fixes those levels and only names inside it may fill the rest.
 * Unknown or absent codes are ignored.
 *
 * <p>Names (after NFKC and removing whitespace) are scanned left to right for the longest full name
 * in the gazetteer (with its suffix: 省, 市, 区, 县, 旗...). Because a wrong region is worse than
 * none, a match is kept only if:
 * <ul>
 *   <li>it is not the start of a common word: 市 + 场 (东方市场), 区 + 域/块 (新城区域);</li>
 *   <li>a name directly after one of its own ancestors (乐山市金口河区, 重庆市忠县) is always kept,
 *       narrowed to that ancestor's divisions;</li>
 *   <li>a county name whose stem is one character (忠县, 芒市) or only generic characters
 *       (城关区, 西城区, 市中区) otherwise needs to open the text, possibly after 中共/共青团/政协,
 *       and be followed by a department word (财政局, 人民政府, 委...) or nothing; one that is both
 *       (城区, 矿区, 郊区, 新县) is kept only after its ancestor, so 城区覆盖率 matches nothing;</li>
 *   <li>a province without its suffix (四川乐山市) must open the text and be directly followed by a
 *       division inside it, so 上海路小学 or 四川大学 give nothing.</li>
 * </ul>
 * Matches from all names are then combined: provinces constrain cities, which constrain counties.
 * A county is given only when exactly one division remains (朝阳区 alone stays null: Beijing and
 * Changchun both have one); otherwise the city and province are still given when all remaining
 * candidates agree on them.
 */
public final class RegionResolver {

    private static final String GENERIC_STEM_CHARS = "东西南北中上下前后内外新老旧城市郊矿关";
    private static final List<String> ORG_PREFIXES = List.of("中共", "中国共产党", "共青团", "政协", "中国人民政治协商会议");
    private static final List<String> DEPT_WORDS = List.of(
            "人民", "委", "党", "政府", "财政", "教育", "卫生", "机关", "发展", "农业", "农村", "水利", "水务",
            "交通", "公安", "司法", "民政", "人力", "自然", "住房", "住建", "城市管理", "城管", "市场", "文化",
            "文旅", "体育", "应急", "审计", "统计", "行政", "医疗", "医保", "退役", "林业", "生态", "商务",
            "科学", "科技", "工业", "经济", "档案", "融媒体", "妇", "总工会", "残疾人", "红十字", "疾病",
            "中医", "第", "纪", "组织", "宣传", "统战", "政法", "信访", "税务", "供销", "乡村", "机构",
            "城乡", "规划", "国土", "粮食", "气象", "消防", "政务", "数据", "大数据", "网信", "老干部",
            "残联", "妇联", "团", "工商联", "科协", "侨联", "文联", "人大", "政协", "法院", "检察院",
            "监察", "民族", "招商", "投资", "国资", "金融", "人防", "畜牧", "公路", "运输", "旅游", "图书馆");

    private final Gazetteer gazetteer;

    public RegionResolver(Gazetteer g) {
        if (g == null) throw new IllegalArgumentException("gazetteer is required");
        this.gazetteer = g;
    }

    public Region resolve(String projectCode, List<String> names) {
        Division scope = scopeOf(projectCode);
        if (scope != null && scope.isCounty()) return scope.toRegion();
        List<Match> matches = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                String text = normalise(name);
                if (!text.isEmpty()) matches.addAll(scan(text, scope));
            }
        }
        return decide(matches, scope);
    }

    private Division scopeOf(String projectCode) {
        String code = normalise(projectCode);
        if (code.length() < 6) return null;
        return gazetteer.byCode(code.substring(0, 6)).orElse(null);
    }

    private static String normalise(String s) {
        if (s == null) return "";
        // 岳陽縣交通運輸局: a converter's traditional characters name the same county as the gazetteer's simplified ones
        return jixiao.recognise.vocab.Key.simplified(Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", ""));
    }

    private record Match(String name, List<Division> candidates, int start, int end, boolean shortForm) {}

    /** Kept matches in one text, restricted to the scope. */
    private List<Match> scan(String text, Division scope) {
        List<Match> kept = new ArrayList<>();
        Match previous = null;
        int i = 0;
        while (i < text.length()) {
            Match m = longestAt(text, i);
            List<Division> accepted = m == null ? List.of() : accept(text, m, previous);
            if (accepted.isEmpty()) {
                i++;
                continue;
            }
            previous = new Match(m.name(), accepted, m.start(), m.end(), m.shortForm());
            List<Division> inScope = scope == null ? accepted : filter(accepted, d -> d.within(scope));
            if (!inScope.isEmpty()) kept.add(new Match(m.name(), inScope, m.start(), m.end(), m.shortForm()));
            i = m.end();
        }
        return kept;
    }

    private Match longestAt(String text, int start) {
        int max = Math.min(gazetteer.longestName(), text.length() - start);
        boolean opening = opensText(text, start);
        for (int len = max; len >= 2; len--) {
            String sub = text.substring(start, start + len);
            List<Division> named = gazetteer.named(sub);
            if (!named.isEmpty()) return new Match(sub, named, start, start + len, false);
            if (opening) {
                Division p = gazetteer.provinceByShortName(sub).orElse(null);
                if (p != null) return new Match(sub, List.of(p), start, start + len, true);
            }
        }
        return null;
    }

    /** The candidates this match may stand for here; empty if it should not count. */
    private List<Division> accept(String text, Match m, Match previous) {
        if (startsCommonWord(text, m)) return List.of();
        if (m.shortForm()) {
            Division province = m.candidates().get(0);
            Match next = longestAt(text, m.end());
            boolean inside = next != null && !next.shortForm()
                    && next.candidates().stream().anyMatch(d -> d.within(province));
            return inside ? m.candidates() : List.of();
        }
        Division first = m.candidates().get(0);
        if (first.isProvince()) return m.candidates();
        if (previous != null && previous.end() == m.start()) {
            List<Division> anchored = filter(m.candidates(),
                    d -> previous.candidates().stream().anyMatch(p -> !p.isCounty() && d.within(p)));
            if (!anchored.isEmpty()) return anchored;
        }
        if (first.isCity()) return m.candidates();
        boolean oneChar = m.name().length() == 2;
        boolean generic = isGeneric(m.name());
        if (oneChar && generic) return List.of();
        if (oneChar || generic) {
            return opensText(text, m.start()) && departmentFollows(text, m.end()) ? m.candidates() : List.of();
        }
        return m.candidates();
    }

    private static boolean startsCommonWord(String text, Match m) {
        if (m.end() >= text.length()) return false;
        char next = text.charAt(m.end());
        char last = m.name().charAt(m.name().length() - 1);
        return (last == '市' && next == '场') || (last == '区' && (next == '域' || next == '块'));
    }

    private static boolean opensText(String text, int start) {
        return start == 0 || ORG_PREFIXES.contains(text.substring(0, start));
    }

    private static boolean departmentFollows(String text, int end) {
        if (end == text.length()) return true;
        for (String w : DEPT_WORDS) {
            if (text.startsWith(w, end)) return true;
        }
        return false;
    }

    private static boolean isGeneric(String name) {
        String stem = name.replaceFirst("(自治县|自治旗|区|县|市|旗)$", "");
        if (stem.isEmpty()) return false;
        for (int i = 0; i < stem.length(); i++) {
            if (GENERIC_STEM_CHARS.indexOf(stem.charAt(i)) < 0) return false;
        }
        return true;
    }

    /** Combines matches from all names: higher levels narrow lower ones; never picks among equals. */
    private static Region decide(List<Match> matches, Division scope) {
        Set<String> provinces = new LinkedHashSet<>();
        Set<Division> cities = new LinkedHashSet<>();
        Set<Division> counties = new LinkedHashSet<>();
        for (Match m : matches) {
            for (Division d : m.candidates()) {
                if (d.isProvince()) provinces.add(d.province());
                else if (d.isCity()) cities.add(d);
                else counties.add(d);
            }
        }
        if (scope != null) {
            provinces = Set.of(scope.province());
            if (scope.isCity()) cities = new LinkedHashSet<>(List.of(scope));
        }
        Set<String> provinceFilter = provinces;
        if (!provinceFilter.isEmpty()) cities.removeIf(c -> !provinceFilter.contains(c.province()));
        Set<Division> cityFilter = cities;
        counties.removeIf(k -> (!provinceFilter.isEmpty() && !provinceFilter.contains(k.province()))
                || (!cityFilter.isEmpty() && cityFilter.stream().noneMatch(k::within)));

        if (counties.size() == 1) return counties.iterator().next().toRegion();

        Set<Division> lower = cities.isEmpty() ? counties : cities;
        Set<Region> cityLevel = new LinkedHashSet<>();
        lower.forEach(d -> cityLevel.add(new Region(d.province(), d.city(), null)));
        if (cityLevel.size() == 1 && cityLevel.iterator().next().city() != null) return cityLevel.iterator().next();

        Set<String> lowerProvinces = new LinkedHashSet<>();
        lower.forEach(d -> lowerProvinces.add(d.province()));
        // Lower levels were already narrowed to the named provinces, so they are the finer pool.
        Set<String> pool = lowerProvinces.isEmpty() ? provinces : lowerProvinces;
        return pool.size() == 1 ? new Region(pool.iterator().next(), null, null) : Region.UNKNOWN;
    }

    private static List<Division> filter(List<Division> ds, Predicate<Division> keep) {
        List<Division> out = new ArrayList<>();
        for (Division d : ds) {
            if (keep.test(d)) out.add(d);
        }
        return out;
    }
}
