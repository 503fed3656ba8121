package jixiao.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.data.layout.Layout;
import jixiao.data.layout.Merge;
import jixiao.data.layout.Paragraph;
import jixiao.data.layout.Table;
import jixiao.data.render.Page;
import jixiao.data.render.TextRenderer;
import jixiao.data.render.TextStyle;

/** The real exports' text layouts, on a small form with a merged heading column. */
class TextLayoutsTest {
    /** 一级 heading merged over two rows; the title spanning three columns. */
    static final Layout FORM = new Layout("t", List.of(new Paragraph("项目支出绩效自评表"), new Table(List.of(
            List.of("项目名称", "办公设备购置经费", ""),
            List.of("产出指标", "采购设备数量", "≥10台"),
            List.of("", "设备验收合格率", "100%")),
            List.of(new Merge(0, 1, 0, 2), new Merge(1, 0, 2, 0)))));

    static String render(TextStyle style, Page page) {
        return new TextRenderer(style).render(List.of(FORM), page);
    }

    /** A cell per line ending " |", a lone "|" where a merge from above covers the cell, a line of pipes for cells a row lacks (018, 030). */
    @Test
    void loosePipes() {
        assertEquals("项目支出绩效自评表\n\n项目名称 |\n办公设备购置经费 |\n|\n产出指标 |\n采购设备数量 |\n≥10台 |\n|\n设备验收合格率 |\n100% |\n\n\n",
                render(TextStyle.LOOSE_PIPE, Page.NONE));
    }

    /** Each row's cells glued, one row per line (002, 003). */
    @Test
    void runTogetherRows() {
        assertEquals("项目支出绩效自评表\n\n项目名称办公设备购置经费\n产出指标采购设备数量≥10台\n设备验收合格率100%\n\n\n",
                render(TextStyle.RUN_ROWS, Page.NONE));
    }

    /** The whole form on one line of single-space-separated cells (017, 025). */
    @Test
    void runTogetherDocument() {
        assertEquals("项目支出绩效自评表 项目名称 办公设备购置经费 产出指标 采购设备数量 ≥10台 设备验收合格率 100%\n",
                render(TextStyle.RUN_DOC, Page.NONE));
    }

    /** Values of a run of rows before their names (001), the page number at the end. */
    @Test
    void scrambledOrder() {
        assertEquals("项目支出绩效自评表 项目名称 办公设备购置经费 ≥10台 100% 产出指标 采购设备数量 设备验收合格率 -1-\n",
                render(TextStyle.SCRAMBLED, Page.NONE));
    }

    /** Site chrome above and below, a cell per line with a blank line after each (007, 036). */
    @Test
    void webCells() {
        String text = render(TextStyle.WEB_CELLS, new Page(null, false,
                new Page.Chrome("某县人民政府", "某局2024年度项目支出绩效自评情况公示", "某局", "2025-06-30", "123/2025-0001")));
        assertTrue(text.startsWith("某县人民政府\n"), text);
        assertTrue(text.contains("\n项目名称\n\n办公设备购置经费\n\n产出指标\n\n"), text);
        assertTrue(text.endsWith("返回顶部\n"), text);
    }

    /** The file's name on top; page markers 1、 2、 at line starts of a line-per-cell export. */
    @Test
    void fileTitleAndPageMarkers() {
        String text = render(TextStyle.CELL_PER_LINE, new Page("某局2024年度项目支出绩效自评表.pdf", true, null));
        assertTrue(text.startsWith("某局2024年度项目支出绩效自评表.pdf\n1、项目支出绩效自评表\n"), text);
    }

    /** The clean layouts are what they always were. */
    @Test
    void cleanLayoutsUnchanged() {
        assertEquals("项目支出绩效自评表\n\n项目名称\t办公设备购置经费\t\n产出指标\t采购设备数量\t≥10台\n\t设备验收合格率\t100%\n\n\n",
                render(TextStyle.TAB, Page.NONE));
    }
}
