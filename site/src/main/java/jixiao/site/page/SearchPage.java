package jixiao.site.page;

import java.util.LinkedHashMap;
import java.util.Map;

import jixiao.site.build.Page;
import jixiao.site.build.SearchIndex;
import jixiao.site.build.SiteWriter;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;

/** 搜索: search.html reads ?q= and looks it up in assets/search-index.js (see search.js); nothing is fetched. */
public final class SearchPage implements PageSet {
    @Override
    public void write(SiteModel model, SiteWriter out) {
        SearchIndex index = SearchIndex.of(model);
        index.write(out);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", index.size());
        m.put("forms", model.forms().size());
        m.put("regions", model.formsByPlace().size());
        m.put("departments", model.formsByDepartment().size());
        m.put("indexScript", SearchIndex.PATH);
        m.put("example", example(model));
        out.page(new Page(Links.SEARCH, "search", m));
    }

    /**
     * The search box's example, taken from the data so it always finds something: the first department's
     * county (or city) and its name, e.g. "金口河区 教育局"; the fixed words when the lake is empty.
     */
    static String example(SiteModel model) {
        return model.formsByDepartment().keySet().stream().filter(d -> d.name() != null).findFirst()
                .map(d -> {
                    String place = d.place().county() != null ? d.place().county() : d.place().city();
                    return "例如：" + (place == null ? "" : place + " ") + d.name();
                })
                .orElse("项目、部门或地区的名称");
    }
}
