package jixiao.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LookAlikesTest {
    private static Map<String, Object> form(String id, String dept, int year, String name, String code, String source, String place) {
        Map<String, Object> f = new HashMap<>();
        f.put("form_id", id);
        f.put("department", dept);
        f.put("fiscal_year", year);
        f.put("project_name", name);
        f.put("project_code", code);
        f.put("source", source);
        f.put("source_place", place);
        return f;
    }

    private static Map<String, String> labels(List<Map<String, Object>> forms) {
        return LookAlikes.labels(forms, f -> f.get("department"));
    }

    @Test
    void formsNamedAlikeInOneDepartmentAndYearAreToldApartByWhatDiffers() {
        List<Map<String, Object>> forms = new ArrayList<>(List.of(
                // codes differ: the code tells them apart
                form("a1", "教育局", 2024, "2024年学生资助", "330106240001", "/in/a.xlsx", "sheet 表1, row 1"),
                form("a2", "教育局", 2024, "学生资助 ", "330106240002", "/in/a.xlsx", "sheet 表2, row 1"),
                // no codes, one file: the place in the file
                form("b1", "财政局", 2024, "办公经费", null, "/in/b.pdf", "page 1, row 3"),
                form("b2", "财政局", 2024, "办公经费", null, "/in/b.pdf", "page 4, row 2"),
                // nothing differs but the position
                form("c1", "卫健委", 2024, "公共卫生", null, "/in/c.txt", "line 1"),
                form("c2", "卫健委", 2024, "公共卫生", null, "/in/c.txt", "line 1"),
                // alike names in other years or departments are not look-alikes
                form("d1", "教育局", 2023, "学生资助", null, "/in/d.xlsx", null),
                form("d2", "财政局", 2024, "学生资助", null, "/in/d.xlsx", null)));
        Map<String, String> l = labels(forms);
        assertEquals("项目编码 330106240001", l.get("a1"));
        assertEquals("项目编码 330106240002", l.get("a2"));
        assertEquals("文件第1页第3行起", l.get("b1"));
        assertEquals("文件第4页第2行起", l.get("b2"));
        assertEquals("第1张，共2张", l.get("c1"));
        assertEquals("第2张，共2张", l.get("c2"));
        assertNull(l.get("d1"));
        assertNull(l.get("d2"));
    }

    @Test
    void filesTellApartWhenCodesDoNot() {
        Map<String, String> l = labels(List.of(form("x", "教育局", 2024, "资助", "1", "/in/甲.docx", null),
                form("y", "教育局", 2024, "资助", "1", "C:\\in\\乙.docx", null)));
        assertEquals("来源 甲.docx", l.get("x"));
        assertEquals("来源 乙.docx", l.get("y"));
    }

    @Test
    void placesInFilesInChinese() {
        assertEquals("工作表「表1」第5行起", PlaceInFile.chinese("sheet 表1, row 5"));
        assertEquals("工作表「Sheet, 2」第5行起", PlaceInFile.chinese("sheet Sheet, 2, row 5"));
        assertEquals("第2页第7行起", PlaceInFile.chinese("page 2, row 7"));
        assertEquals("第3个表格第1行起", PlaceInFile.chinese("table 3, row 1, col 2"));
        assertEquals("第12行起", PlaceInFile.chinese("line 12"));
        assertEquals("paragraph, row 3", PlaceInFile.chinese("paragraph, row 3"), "a place in another shape as it is");
        assertNull(PlaceInFile.chinese("?"));
        assertNull(PlaceInFile.chinese(null));
    }
}
