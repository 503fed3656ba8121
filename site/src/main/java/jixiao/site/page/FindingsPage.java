package jixiao.site.page;

import java.util.LinkedHashMap;
import java.util.Map;

import jixiao.site.build.FindingsData;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;

/**
 * 问题清单: every finding, filtered in the browser by rule, severity, region, department, year and text from
 * assets/findings-data.js (see findings.js); without JavaScript the page shows the count per rule.
 */
public final class FindingsPage implements PageSet {
    @Override
    public void write(SiteModel model, SiteWriter out) {
        FindingsData.write(out, model.findings(), model.rows(GoldTables.RULE_CATALOGUE));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", model.findings().size());
        m.put("forms", model.findings().stream().map(f -> f.get("form_id")).distinct().count());
        m.put("rules", RuleCounts.of(model));
        m.put("dataScript", FindingsData.PATH);
        out.page(new Page(Links.FINDINGS, "findings", m));
    }
}
