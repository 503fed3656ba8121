package jixiao.site.download;

import java.util.ArrayList;
import java.util.List;

import jixiao.site.load.GoldTable;
import jixiao.site.load.LakeSnapshot;
import jixiao.transform.GoldTables;

/** The tables the downloads hold, in the order listed: the per-form 自评表 first, then every gold table. */
public final class DownloadedTables {
    private DownloadedTables() {
    }

    public static List<GoldTable> of(LakeSnapshot lake) {
        List<GoldTable> tables = new ArrayList<>();
        tables.add(FormsTable.of(lake.table(GoldTables.FORMS_NORMALISED)));
        for (GoldTable t : lake.gold()) {
            tables.add(t.name().equals(GoldTables.FINDINGS) ? RuleTitles.addTo(t, lake.table(GoldTables.RULE_CATALOGUE)) : t);
        }
        return List.copyOf(tables);
    }
}
