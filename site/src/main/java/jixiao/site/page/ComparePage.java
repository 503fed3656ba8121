package jixiao.site.page;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jixiao.site.build.JsLiteral;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;

/**
 * 两地对比 ({@code compare.html#a=<region id>&b=<region id>[&y=<year>]}): two regions side by side on every measure
 * their pages show, in one fiscal year both have (the latest by default), drawn by assets/compare.js from
 * {@link CompareData}; without a pair, or without JavaScript, the page says how to choose one.
 */
public final class ComparePage implements PageSet {
    @Override
    public void write(SiteModel model, SiteWriter out) {
        Map<String, Object> data = CompareData.of(model);
        out.file(CompareData.PATH, data, () -> JsLiteral.assignment(CompareData.GLOBAL, data).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataScript", CompareData.PATH);
        m.put("choices", CompareData.choices(model));
        out.page(new Page(Links.COMPARE, "compare", m));
    }
}
