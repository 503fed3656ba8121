package jixiao.data.layout;

/**
 * How a template of the Ministry of Finance family arranges its table, after the real documents that
 * show it (the template's {@code seen} list).
 *
 * @param titleInTable   title and year printed as rows spanning the table (018, 020, 030) rather than above it
 * @param leftIndicators text of a column spanning the indicator rows on the left (绩效指标), "" for an empty one, null for none
 * @param goals          how the 年度总体目标 block is printed
 * @param goalsFirst     the goals block before the budget block (031)
 * @param twoRowHeading  年度指标值 spanning 指标性质 / 指标值 / 度量单位 over a second heading row (004, 019)
 * @param subRowPoints   the first 其中 row repeats the weight and score (030)
 * @param notesRow       the template's notes printed as a 说明 row under the table (003) rather than a paragraph
 */
record Arrangement(boolean titleInTable, String leftIndicators, Goals goals, boolean goalsFirst, boolean twoRowHeading,
                   boolean subRowPoints, boolean notesRow) {

    /** The 年度总体目标 block: its label and its two headings, or one text, or none. */
    enum Goals {
        MOF("年度总体目标", "预期目标", "实际完成情况"),
        ANHUI("年度总体目标", "年初设定目标", "年度总体目标完成情况综述"),
        CENTRAL("总体目标完成情况", "总体目标", "全年实际完成情况"),
        SINGLE("年度总体目标", null, null),
        NONE(null, null, null);

        final String label;
        final String expected;
        final String achieved;

        Goals(String label, String expected, String achieved) {
            this.label = label;
            this.expected = expected;
            this.achieved = achieved;
        }
    }

    static Arrangement of(String templateId) {
        return switch (templateId) {
            case "anhui-target" -> new Arrangement(true, "绩效指标", Goals.ANHUI, false, false, true, false);
            case "ningxia-target" -> new Arrangement(false, "绩效指标", Goals.SINGLE, false, false, false, false);
            case "central-transfer" -> new Arrangement(false, "绩效指标", Goals.CENTRAL, false, false, false, true);
            case "yunnan-department" -> new Arrangement(false, null, Goals.MOF, false, true, false, false);
            case "shandong-district" -> new Arrangement(false, "", Goals.NONE, false, false, false, true);
            case "beijing" -> new Arrangement(false, "绩效指标", Goals.SINGLE, false, false, false, false);
            case "jinan-district" -> new Arrangement(false, null, Goals.ANHUI, true, false, false, false);
            case "hubei-project" -> new Arrangement(false, "年度绩效目标（80分）", Goals.NONE, false, false, false, false);
            case "hubei-caidian" -> new Arrangement(false, "年度绩效目标完成情况", Goals.NONE, false, false, false, false);
            case "sichuan-department" -> new Arrangement(false, "绩效指标（90分）", Goals.NONE, false, false, false, false);
            case "mof-2020", "shanghai", "hebei", "hunan-special" ->
                    new Arrangement(false, "绩效指标", Goals.MOF, false, false, false, false);
            default -> new Arrangement(false, "绩效指标", Goals.MOF, false, false, false, false);
        };
    }
}
