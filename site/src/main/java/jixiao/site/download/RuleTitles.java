package jixiao.site.download;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.load.GoldTable;

/**
 * gold/findings with each rule's Chinese title beside its id, from gold/rule_catalogue: a reader of the download
 * sees 执行率与金额不符, not only RATE_MISMATCH, without looking the rule up in another sheet.
 */
public final class RuleTitles {
    static final String RULE_ID = "rule_id";
    static final String TITLE = "title";
    /** The added column; columns.tsv names it 规则. */
    static final String RULE_TITLE = "rule_title";

    private RuleTitles() {
    }

    /** {@code findings} with {@value #RULE_TITLE} after {@value #RULE_ID}; as given when either table lacks those columns. */
    public static GoldTable addTo(GoldTable findings, GoldTable catalogue) {
        int id = findings.columns().indexOf(RULE_ID);
        int catalogueId = catalogue.columns().indexOf(RULE_ID);
        int title = catalogue.columns().indexOf(TITLE);
        if (id < 0 || catalogueId < 0 || title < 0 || findings.columns().contains(RULE_TITLE)) return findings;
        Map<Object, Object> titles = new HashMap<>();
        for (List<Object> r : catalogue.rows()) titles.put(r.get(catalogueId), r.get(title));
        List<String> columns = new ArrayList<>(findings.columns());
        columns.add(id + 1, RULE_TITLE);
        List<List<Object>> rows = new ProjectedRows(findings.rows(), null, columns.size(),
                (r, c) -> c <= id ? r.get(c) : c == id + 1 ? titles.get(r.get(id)) : r.get(c - 1));
        return new GoldTable(findings.name(), findings.version(), findings.committed(), columns, rows);
    }
}
