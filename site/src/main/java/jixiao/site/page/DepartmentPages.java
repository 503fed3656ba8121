package jixiao.site.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.model.Department;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;

/** 部门: one page per department (its forms, its findings by rule) and departments.html, all of them in one table. */
public final class DepartmentPages implements PageSet {
    static final String TEMPLATE = "department";
    static final String LIST_TEMPLATE = "departments";

    @Override
    public void write(SiteModel model, SiteWriter out) {
        Map<String, List<Map<String, Object>>> findings = EntityRows.findingsBy(model, "department_url");
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map.Entry<Department, List<Map<String, Object>>> e : model.formsByDepartment().entrySet()) {
            all.add(EntityRows.department(e.getKey(), e.getValue(),
                    findings.getOrDefault(Links.department(e.getKey()), List.of()).size()));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("departments", all);
        list.put("forms", model.forms().size());
        out.page(new Page(Links.DEPARTMENTS, LIST_TEMPLATE, list));

        model.formsByDepartment().entrySet().parallelStream().forEach(e -> {
            Department d = e.getKey();
            List<Map<String, Object>> forms = e.getValue();
            List<Map<String, Object>> own = findings.getOrDefault(Links.department(d), List.of());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("d", EntityRows.department(d, forms, own.size()));
            m.put("forms", forms);
            List<YearMetrics> years = YearMetrics.byYear(forms);
            m.put("yearMetrics", years);
            m.put("change", YearChange.of(forms, years, null, null));
            m.put("rules", EntityRows.rulesByYear(model, own, Links.findingsScope(d), Integer.MAX_VALUE));
            m.put("findingsScope", Links.findingsScope(d));
            m.put("findingsAll", Links.findingsOf(Links.findingsScope(d)));
            out.page(new Page(Links.department(d), TEMPLATE, m));
        });
    }
}
