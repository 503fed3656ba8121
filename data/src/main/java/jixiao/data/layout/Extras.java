package jixiao.data.layout;

import java.util.List;
import java.util.Map;

/**
 * What a printed form shows besides its truth, chosen when the form is made: heading variants, goal
 * texts, rows that are not indicators (其中… breakdowns, …… placeholders, empty level-two headings,
 * 项目决策/项目管理 points), values a template prints but the contract does not read (权重占比,
 * 折算得分), and how numbers are written. Nothing here is a contract field, so none of it is in the truth.
 *
 * @param headings       indicator and budget headings printed instead of the template's own, by field (vocabulary variants)
 * @param labels         values of labels that are no contract field (中央主管部门, 项目负责人, 专项实施期), by label
 * @param subRows        unweighted 其中… rows printed after the indicator at that index
 * @param management     a scoring sheet's 项目决策 and 项目管理 rows, before its indicators
 * @param shares         per indicator, the weight a template prints as 权重占比 without reading it as points (河北)
 * @param weighted       per indicator, the 折算得分 next to a 100-point 单项指标得分 (河北)
 * @param subFigures     when the total row prints zeros, the figures its 其中 row holds: initial, adjusted, executed, rate
 * @param sectionPoints  points printed after a level-one heading (产出指标（50分）), by heading
 * @param repeatLevels   level-one and level-two headings printed on every row instead of merged (real 008, 019)
 */
public record Extras(Map<String, String> headings, Map<String, String> labels, String goal, String achieved,
                     String fillDate, boolean numberedNames,
                     Level1Style level1, Map<String, Double> sectionPoints, boolean repeatLevels, boolean emptyLevel2, boolean placeholders, boolean weightSumRow,
                     boolean comparatorCodes, Map<Integer, List<SubRow>> subRows, List<ScoredRow> management,
                     List<Double> shares, List<Double> weighted, Amounts amounts, Rates rates, Signs signs,
                     boolean twoDecimals, List<Double> subFigures) {

    public Extras {
        headings = Map.copyOf(headings);
        labels = Map.copyOf(labels);
        sectionPoints = Map.copyOf(sectionPoints);
        subRows = Map.copyOf(subRows);
        management = List.copyOf(management);
        shares = shares == null ? null : List.copyOf(shares);
        weighted = weighted == null ? null : List.copyOf(weighted);
        subFigures = subFigures == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(subFigures));
    }

    /** An unweighted breakdown row under an indicator (real 020): name, target and actual only. */
    public record SubRow(String name, String target, String actual) {
    }

    /** A points row of a scoring sheet that is not a performance indicator (项目决策, 项目管理). */
    public record ScoredRow(String level1, String level2, String name, double weight, String target, String actual,
                            double score) {
    }

    /** How a level-one heading is printed. */
    public enum Level1Style {
        /** 产出指标 */
        PLAIN,
        /** 产出指标（50分） (020, 021, 025) */
        POINTS,
        /** （50分） alone: the heading's vertical text lost in the export (031) */
        POINTS_ONLY,
        /** 产 出 指 标 (50分), one character per line (020) */
        VERTICAL
    }

    /** How budget amounts are written. */
    public enum Amounts {
        /** 5, 4.25 */
        PLAIN,
        /** 250000.00 */
        TWO_DECIMALS,
        /** 330,000.00 (019) */
        THOUSANDS,
        /** 620.82万元, 150万 (018, 027) */
        WAN_SUFFIX
    }

    /** How the execution rate is written. */
    public enum Rates {
        /** 86.19%, 100% */
        PERCENT,
        /** 100.00% */
        PERCENT_TWO,
        /** 0.958 (017) */
        FRACTION
    }

    /** How a comparator is written before a target. */
    public enum Signs {
        /** ≥ ≤ ＝ */
        FULL,
        /** >= <= = (001, 030) */
        ASCII
    }

    /** A form printed plainly: the template's own headings, no extra rows. */
    public static Extras plain() {
        return new Extras(Map.of(), Map.of(), "", "", "", false, Level1Style.PLAIN, Map.of(), false, false, false, false, false,
                Map.of(), List.of(), null, null, Amounts.PLAIN, Rates.PERCENT, Signs.FULL, false, null);
    }

    public Extras withAmounts(Amounts a) {
        return new Extras(headings, labels, goal, achieved, fillDate, numberedNames,
                level1, sectionPoints, repeatLevels, emptyLevel2, placeholders, weightSumRow, comparatorCodes, subRows, management, shares, weighted,
                a, rates, signs, twoDecimals, subFigures);
    }

    public Extras withSubFigures(List<Double> figures) {
        return new Extras(headings, labels, goal, achieved, fillDate, numberedNames,
                level1, sectionPoints, repeatLevels, emptyLevel2, placeholders, weightSumRow, comparatorCodes, subRows, management, shares, weighted,
                amounts, rates, signs, twoDecimals, figures);
    }

    /** A label's value, "" when none was drawn. */
    public String label(String label) {
        return labels.getOrDefault(label, "");
    }

    /** The heading printed for a field: the chosen variant, else the template's. */
    public String heading(String field, String templatePrinted) {
        return headings.getOrDefault(field, templatePrinted);
    }
}
