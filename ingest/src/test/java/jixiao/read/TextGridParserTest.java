package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextGridParserTest {

    private static List<List<String>> rows(String text) {
        return new TextGridParser("t.txt").parse(text).rows().stream()
                .map(r -> r.cells().stream().map(Cell::text).toList())
                .toList();
    }

    @Test
    void tabSeparatedRowsKeepBlankLeadingCells() {
        List<List<String>> rows = rows("一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t个数\n\t质量指标\t覆盖率\t\n");
        assertEquals(List.of("一级指标", "二级指标", "三级指标"), rows.get(0));
        assertEquals(List.of("", "质量指标", "覆盖率", ""), rows.get(2));
    }

    @Test
    void oneCellPerLineRowsAreSeparatedByBlankLinesAndCellsContinueUnindented() {
        String text = "\t项目名称\n\tX项目\n\n\t度量\n\n单位\n\t完成值\n\n\t改进措施\n\t 无\n 项目负责人：张三\n\n\n正文叙述。\n";
        List<List<String>> rows = rows(text);
        assertEquals(List.of("项目名称", "X项目"), rows.get(0));
        assertEquals(List.of("度量\n单位", "完成值"), rows.get(1));
        assertEquals(List.of("改进措施", "无", "项目负责人:张三"), rows.get(2));
        assertEquals(List.of("正文叙述。"), rows.get(3));
    }

    @Test
    void emptyCellLineIsAnEmptyCell() {
        List<List<String>> rows = rows("\t\n\t产出指标\n\t数量指标\n\n\t\n\t\n\t质量指标\n");
        assertEquals(List.of("", "产出指标", "数量指标"), rows.get(0));
        assertEquals(List.of("", "", "质量指标"), rows.get(1));
    }

    @Test
    void pipeTablesSkipSeparatorsAndJoinBrokenRows() {
        String text = "| 一级指标 | 二级指标 | 三级指标 |\n|---|---|---|\n| 产出指标 | 数量指标 | 很长的\n指标名称 |\n|  | 质量指标 | 合格率 |\n";
        List<List<String>> rows = rows(text);
        assertEquals(3, rows.size());
        assertEquals(List.of("产出指标", "数量指标", "很长的\n指标名称"), rows.get(1));
        assertEquals(List.of("", "质量指标", "合格率"), rows.get(2));
    }

    @Test
    void oneCellPerLinePipesMakeRowsBetweenBlankLines() {
        List<List<String>> rows = rows("| 项目名称 |\n| X项目 |\n\n| 主管部门 |\n| Y局 |\n");
        assertEquals(List.of(List.of("项目名称", "X项目"), List.of("主管部门", "Y局")), rows);
    }

    @Test
    void spaceAlignedCellsLandInTheirColumnsEvenUnderBlankHeadings() {
        String text = String.join("\n",
                "一级指标    二级指标    三级指标        指标值",
                "产出指标    数量指标    维护个数        3个",
                "            质量指标    网络覆盖率      100%",
                "                        保障正常运行    100%");
        List<List<String>> rows = rows(text);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), rows.get(0));
        assertEquals(List.of("", "质量指标", "网络覆盖率", "100%"), rows.get(2));
        assertEquals(List.of("", "", "保障正常运行", "100%"), rows.get(3));
    }

    @Test
    void fullWidthSpacesAndPunctuationAreNormalised() {
        List<List<String>> rows = rows("项目名称：\t互联网（一期）\t　\n");
        assertEquals(List.of("项目名称:", "互联网(一期)", ""), rows.get(0));
    }

    @Test
    void gridTablesJoinTheLinesOfARowColumnByColumn() {
        String text = String.join("\n",
                "+----------+----------+",
                "| 三级指标 | 指标值   |",
                "+==========+==========+",
                "| 实施无差 | 提高     |",
                "| 别受理   |          |",
                "+----------+----------+",
                "| 覆盖率   | 100%     |",
                "+----------+----------+");
        List<List<String>> rows = rows(text);
        assertEquals(List.of(List.of("三级指标", "指标值"), List.of("实施无差\n别受理", "提高"), List.of("覆盖率", "100%")), rows);
    }

    /** pdftotext -layout places words by x position: a Chinese character counts one column there. */
    @Test
    void pdfLayoutExportsAlignByCharacterCount() {
        String text = String.join("\n",
                "一级指标  二级指标  三级指标      指标值",
                "产出指标  数量指标  维护个数      3个",
                "      质量指标  网络覆盖率     100%",
                "            保障正常运行    100%");
        List<List<String>> rows = rows(text);
        assertEquals(List.of("", "质量指标", "网络覆盖率", "100%"), rows.get(2));
        assertEquals(List.of("", "", "保障正常运行", "100%"), rows.get(3));
    }
}
