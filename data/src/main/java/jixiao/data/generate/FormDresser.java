package jixiao.data.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jixiao.data.layout.Extras;
import jixiao.data.layout.Printed;
import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.recognise.vocab.Template;

/**
 * Dresses a form for its catalogue template the way the real documents of that template are filled
 * in. Some of it changes what is printed in a contract field, and so the truth: ★ core-indicator
 * markers and (≥**人) template text left in indicator names (020, 030, 014), targets printed as a
 * bare number when the unit sits in that template text (014), a scoring sheet's 项目决策 / 项目管理
 * points added to its total (029), a 100-point 单项指标得分 (河北). The rest is print only
 * ({@link Extras}): heading variants, goal texts, 其中… breakdowns, …… placeholders, 指标N： numbers.
 *
 * <p>Names are dressed the same way every year for one project (the draw is seeded by the project's
 * code and the indicator's name), so an indicator set copied from last year stays a copy.
 */
final class FormDresser {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
    private static final String[] GIVEN = {"建军", "丽", "国华", "敏", "晓东", "海燕", "志强", "静", "春梅", "永刚"};
    private static final Map<String, String> MINISTRIES = Map.of("教育", "教育部", "卫生健康", "国家卫生健康委员会",
            "农业农村", "农业农村部", "民政", "民政部", "交通运输", "交通运输部", "市场监管", "市场监管总局",
            "自然资源", "自然资源部", "文化旅游", "文化和旅游部");
    private static final Map<String, String> BUREAUS = Map.of("教育", "教育厅", "卫生健康", "卫生健康委员会",
            "农业农村", "农业农村厅", "民政", "民政厅", "交通运输", "交通运输厅", "市场监管", "市场监督管理局",
            "自然资源", "自然资源厅", "文化旅游", "文化和旅游厅");

    private FormDresser() {
    }

    record Dressed(Form form, Extras extras) {
    }

    /**
     * @param form          the form as made, every field filled (before {@link TruthShaper})
     * @param departmentType the department's kind (教育, 民政 …), for the ministry and bureau labels
     * @param place          the county as departments print it (乐山市金口河区)
     */
    static Dressed dress(Form form, Template t, Shows shows, String departmentType, String place, String projectCode,
                        SplittableRandom rng) {
        String id = t.id();
        int year = form.fiscalYear();
        List<Indicator> inds = new ArrayList<>(form.indicators());
        Map<String, Double> sections = sectionPoints(inds);
        Map<String, String> labels = labels(id, form, departmentType, place, year, rng);
        String goal = "保障" + form.projectName() + "顺利实施，完成" + year + "年度各项工作任务。";
        String achieved = form.executionRate() != null && form.executionRate() < 0.9 ? "部分完成年度目标，资金未全部支付。"
                : "已完成年度目标。";
        String fillDate = (year + 1) + "年" + (3 + rng.nextInt(3)) + "月" + (1 + rng.nextInt(28)) + "日";
        Extras.Level1Style level1 = switch (id) {
            case "anhui-target" -> rng.nextBoolean() ? Extras.Level1Style.POINTS : Extras.Level1Style.VERTICAL;
            case "ningxia-target", "beijing", "hubei-project", "scoring-sheet", "suzhou" -> Extras.Level1Style.POINTS;
            case "jinan-district" -> Extras.Level1Style.POINTS_ONLY;
            case "mof-2020", "shanghai" -> rng.nextDouble() < 0.3 ? Extras.Level1Style.POINTS : Extras.Level1Style.PLAIN;
            default -> Extras.Level1Style.PLAIN;
        };
        boolean numbered = List.of("ningxia-target", "central-transfer-weighted").contains(id)
                || "mof-2020".equals(id) && rng.nextDouble() < 0.2;
        boolean repeat = List.of("yunnan-department", "hunan-special").contains(id) && rng.nextBoolean();
        boolean emptyLevel2 = List.of("central-transfer", "anhui-target", "sichuan-district").contains(id)
                || "mof-2020".equals(id) && rng.nextDouble() < 0.3;
        boolean placeholders = List.of("central-transfer", "anhui-target").contains(id);
        boolean yunnan = "yunnan-department".equals(id);
        boolean weightSum = yunnan && rng.nextBoolean();
        boolean codes = yunnan && rng.nextBoolean();
        boolean twoDecimals = yunnan && rng.nextBoolean();
        Extras.Amounts amounts = List.of("yunnan-department", "shanghai").contains(id) && rng.nextBoolean()
                ? Extras.Amounts.TWO_DECIMALS : Extras.Amounts.PLAIN;
        double r = rng.nextDouble();
        Extras.Rates rates = "mof-2020".equals(id) && r < 0.15 ? Extras.Rates.FRACTION
                : r < 0.4 ? Extras.Rates.PERCENT_TWO : Extras.Rates.PERCENT;
        Extras.Signs signs = List.of("shanghai", "anhui-target").contains(id) && rng.nextBoolean() ? Extras.Signs.ASCII
                : Extras.Signs.FULL;
        Map<String, String> headings = Headings.choose(t, rng);

        // ---- what changes the truth -------------------------------------------------------------
        SplittableRandom project = new SplittableRandom(projectCode.hashCode() * 31L + id.hashCode());
        boolean stars = "anhui-target".equals(id) && project.nextBoolean();
        boolean templateText = "anhui-target".equals(id) && project.nextBoolean() || "hubei-project".equals(id);
        Map<Integer, List<Extras.SubRow>> subRows = new LinkedHashMap<>();
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            SplittableRandom own = new SplittableRandom((projectCode + ind.name()).hashCode());
            String name = ind.name();
            boolean core = ind.weight() != null && ind.weight() >= 5 && ind.level2() != null
                    && (ind.level2().contains("数量") || ind.level2().contains("质量"));
            if (stars && core && own.nextDouble() < 0.7) name = (own.nextBoolean() ? "★" : "★★★") + name;
            boolean measured = ind.targetValue() != null && ind.unit() != null && ">=".equals(ind.comparator());
            if (templateText && measured && own.nextDouble() < 0.8) {
                name = name + "(≥**" + ind.unit() + ")";
                if ("hubei-project".equals(id)) ind = bareTarget(ind);
            }
            if (!name.equals(ind.name())) ind = rename(ind, name);
            inds.set(i, ind);
            if ("anhui-target".equals(id) && name.startsWith("★") && ind.targetValue() != null && ind.unit() != null
                    && !"%".equals(ind.unit())) {
                subRows.put(i, breakdown(ind, own));
            }
        }
        List<Extras.ScoredRow> management = "scoring-sheet".equals(id) ? management(form, rng) : List.of();
        Double total = form.totalScore();
        for (Extras.ScoredRow s : management) if (!"预算执行率".equals(s.name())) total = total == null ? null : FormFactory.round2(total + s.score());
        List<Double> shares = null;
        List<Double> weighted = null;
        if ("hebei".equals(id)) {
            // 河北: each indicator scored out of 100 (单项指标得分), its share of the points (权重占比) and the points it earns (折算得分)
            shares = new ArrayList<>();
            weighted = new ArrayList<>();
            for (int i = 0; i < inds.size(); i++) {
                Indicator ind = inds.get(i);
                shares.add(ind.weight());
                weighted.add(ind.score());
                double single = ind.weight() == null || ind.weight() == 0 ? 100 : FormFactory.round2(ind.score() / ind.weight() * 100);
                inds.set(i, new Indicator(ind.level1(), ind.level2(), ind.name(), ind.comparator(), ind.targetText(),
                        ind.targetValue(), ind.unit(), ind.actualText(), ind.weight(), single, ind.reason()));
            }
        }
        Form dressed = new Form(form.source(), form.formIndex(), form.place(), form.fiscalYear(), form.projectName(),
                form.projectCode(), form.department(), form.implementingUnit(), form.region(), form.amountUnit(),
                form.budgetInitial(), form.budgetAdjusted(), form.executed(), form.executionRate(), form.executionWeight(),
                form.executionScore(), total, inds, form.conclusion(), form.problems(), form.improvements(),
                form.executionReason());
        Extras extras = new Extras(headings, labels, goal, achieved, fillDate, numbered, level1, sections, repeat,
                emptyLevel2, placeholders, weightSum, codes, subRows, management, shares, weighted, amounts, rates, signs,
                twoDecimals, null);
        return new Dressed(dressed, extras);
    }

    /** Points per level-one heading as printed after it (产出指标（50分）): the group's weights. */
    private static Map<String, Double> sectionPoints(List<Indicator> inds) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Indicator i : inds) {
            if (i.weight() == null) continue;
            out.merge(String.valueOf(i.level1()), i.weight(), (a, b) -> FormFactory.round2(a + b));
        }
        return out;
    }

    private static Map<String, String> labels(String id, Form f, String type, String place, int year, SplittableRandom rng) {
        Map<String, String> out = new LinkedHashMap<>();
        String person = SURNAMES[rng.nextInt(SURNAMES.length)] + GIVEN[rng.nextInt(GIVEN.length)];
        String phone = "0" + (300 + rng.nextInt(600)) + "-" + (5000000 + rng.nextInt(4000000));
        String province = f.region() == null || f.region().province() == null ? "" : f.region().province();
        switch (id) {
            case "anhui-target" -> out.put("项目负责人及电话", person + phone);
            case "jinan-district" -> {
                out.put("项目负责人", person);
                out.put("联系电话", phone.replace("-", "").substring(4));
            }
            case "ningxia-target" -> {
                out.put("项目负责人", person);
                out.put("自治区主管部门", BUREAUS.getOrDefault(type, "财政厅"));
                out.put("专项实施期", year + "年3月-" + year + "年11月");
                out.put("市县财政部门", place + "财政局");
            }
            case "central-transfer" -> out.put("中央主管部门", MINISTRIES.getOrDefault(type, "财政部"));
            case "central-transfer-weighted" -> {
                out.put("中央主管部门", MINISTRIES.getOrDefault(type, "财政部"));
                out.put("省级财政部门", province + "财政厅");
                out.put("省级主管部门", province + BUREAUS.getOrDefault(type, "财政厅"));
            }
            default -> {
            }
        }
        return out;
    }

    /** 公猪舍(≥**平方米) over a bare 22.8 (014): the unit and sign are in the name's template text, not the target. */
    private static Indicator bareTarget(Indicator i) {
        String number = Printed.number(i.targetValue());
        String actual = i.actualText();
        if (actual != null && actual.endsWith(i.unit())) actual = actual.substring(0, actual.length() - i.unit().length());
        return new Indicator(i.level1(), i.level2(), i.name(), null, number, i.targetValue(), null, actual, i.weight(),
                i.score(), i.reason());
    }

    private static Indicator rename(Indicator i, String name) {
        return new Indicator(i.level1(), i.level2(), name, i.comparator(), i.targetText(), i.targetValue(), i.unit(),
                i.actualText(), i.weight(), i.score(), i.reason());
    }

    /** Unweighted 其中… rows splitting a core indicator's count (020): not indicators, so not in the truth. */
    private static List<Extras.SubRow> breakdown(Indicator i, SplittableRandom rng) {
        String[] parts = rng.nextBoolean() ? new String[] {"城区", "乡镇"} : new String[] {"第一批", "第二批"};
        double total = i.targetValue();
        double first = Math.floor(total * (0.3 + 0.4 * rng.nextDouble()));
        String base = i.name().replace("★", "").replaceAll("\\(≥\\*\\*.*\\)$", "");
        List<Extras.SubRow> out = new ArrayList<>();
        double[] values = {first, total - first};
        for (int k = 0; k < parts.length; k++) {
            String v = Printed.number(values[k]) + i.unit();
            out.add(new Extras.SubRow("其中" + parts[k] + base, v, i.actualText() == null ? "" : v));
        }
        return out;
    }

    /**
     * A scoring sheet's 项目决策 (10 points) and 项目管理 (25, the 预算执行率 line's 10 among them) rows, as
     * 029 prints them, mostly full marks.
     */
    private static List<Extras.ScoredRow> management(Form f, SplittableRandom rng) {
        List<Extras.ScoredRow> out = new ArrayList<>();
        Object[][] decision = {{"项目立项", "项目目标完整性", 4.0, "目标明确、内容细化、目标量化"}, {"项目立项", "项目立项相关性", 2.0, "立项依据充分"},
                {"决策过程", "可行性", 2.0, "符合实际工作需求"}, {"决策过程", "适当性", 2.0, "有资金测算标准"}};
        Object[][] running = {{"财务管理", "财务管理制度有效性", 7.0, "财务制度健全，严格执行制度，会计核算规范"},
                {"项目实施", "绩效监控有效性", 2.0, "持续有效"}, {"项目实施", "管理制度有效性", 6.0, "严格执行相关管理制度"}};
        for (Object[] d : decision) out.add(scored("项目决策", d, rng));
        out.add(new Extras.ScoredRow("项目管理", "投入管理", "预算执行率", f.executionWeight() == null ? 10 : f.executionWeight(),
                "—", Printed.rate(f.executionRate(), Extras.Rates.PERCENT), f.executionScore() == null ? 0 : f.executionScore()));
        for (Object[] d : running) out.add(scored("项目管理", d, rng));
        return out;
    }

    private static Extras.ScoredRow scored(String level1, Object[] d, SplittableRandom rng) {
        double weight = (Double) d[2];
        double score = rng.nextDouble() < 0.15 ? weight - 1 : weight;
        return new Extras.ScoredRow(level1, (String) d[0], (String) d[1], weight, "—", (String) d[3], score);
    }
}
