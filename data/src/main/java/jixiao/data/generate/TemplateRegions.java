package jixiao.data.generate;

import java.util.Map;

/**
 * Where each catalogue template is published, after the real documents in its {@code seen} list: a
 * county for a form in that template is drawn from this province. National templates (mof-2020,
 * central-transfer, the scoring sheet) are published everywhere.
 */
final class TemplateRegions {
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("shanghai", "上海市"),
            Map.entry("sichuan-department", "四川省"),
            Map.entry("sichuan-district", "四川省"),
            Map.entry("central-transfer-weighted", "四川省"),
            Map.entry("yunnan-department", "云南省"),
            Map.entry("shandong-district", "山东省"),
            Map.entry("jinan-district", "山东省"),
            Map.entry("anhui-target", "安徽省"),
            Map.entry("ningxia-target", "宁夏回族自治区"),
            Map.entry("hubei-project", "湖北省"),
            Map.entry("hubei-caidian", "湖北省"),
            Map.entry("hebei", "河北省"),
            Map.entry("hunan-special", "湖南省"),
            Map.entry("beijing", "北京市"),
            Map.entry("suzhou", "江苏省"));

    private TemplateRegions() {
    }

    /** The province a template is published in, or null for a national one. */
    static String province(String templateId) {
        return PROVINCES.get(templateId);
    }
}
