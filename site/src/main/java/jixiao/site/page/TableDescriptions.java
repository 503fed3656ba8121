package jixiao.site.page;

import java.util.LinkedHashMap;
import java.util.Map;

import jixiao.transform.GoldTables;

/** What each lake table holds, in a line of Chinese: shown on the download and method pages and in the workbook. */
public final class TableDescriptions {
    public static final Map<String, String> ALL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(GoldTables.FORMS_NORMALISED, "每张自评表一行：金额（万元）、执行率、得分、复核得分、质量指数各部分、问题数");
        m.put(GoldTables.INDICATORS_NORMALISED, "每个绩效指标一行：目标值与实际值的解析结果、是否完成、复核得分、扣分原因及其分类");
        m.put(GoldTables.RULE_CATALOGUE, "复核规则目录：编号、级别、提示语、公式、依据条款");
        m.put(GoldTables.FINDINGS, "复核发现的问题，每条一行：所在表、指标、规则、级别、说明");
        m.put(GoldTables.RULE_RATES, "各规则按地区、年度的适用次数与检出率");
        m.put(GoldTables.SCORE_RECHECK, "每张自评表的自评得分与按规则复核得分及其差");
        m.put(GoldTables.EXECUTION_RATES, "按地区、年度的预算执行率分档与分位数");
        m.put(GoldTables.EXECUTION_RATE_BREAKDOWN, "按口径（全年预算/年初预算）、地区、部门类型、年度的预算执行率分布");
        m.put(GoldTables.DEDUCTION_REASONS, "扣分原因分类按地区、年度的条数、扣分与占比");
        m.put(GoldTables.REASON_PHRASES, "未归类扣分原因中的高频词语");
        m.put(GoldTables.PROJECT_LINEAGE, "同一项目跨年度的指标变化：沿用、增删、目标调高或调低");
        m.put(GoldTables.FORM_QUALITY, "每张自评表的指标质量指数及其七个部分");
        m.put(GoldTables.INDICATOR_QUALITY, "按地区、部门类型、年度的指标质量指数及同比变化");
        m.put(GoldTables.REGION_SUMMARY, "地区对比：各指标的均值、向总体均值收缩后的均值、95%区间与排名");
        m.put(GoldTables.INTAKE, "数据来源一行：收到文件数、完整读取、部分读取、未能读取、表数、最近读入日期、数据版本（第几次复核运行）");
        m.put(GoldTables.INTAKE_BY_YEAR, "数据覆盖，每个年度一行：有自评表的地区数、部门数、表数，收到文件数及完整读取、部分读取、未能读取（每个文件只计入其多数自评表所属的年度；未能读取的文件计入“未知年度”）");
        ALL = java.util.Collections.unmodifiableMap(m);
    }

    private TableDescriptions() {
    }

    public static String of(String table) {
        return ALL.getOrDefault(table, "");
    }
}
