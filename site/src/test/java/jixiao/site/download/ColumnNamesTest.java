package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jixiao.site.page.QualityPage;
import jixiao.transform.GoldTables;
import jixiao.transform.RateBand;
import jixiao.transform.aggregate.LineageTable;
import jixiao.transform.aggregate.RegionSummary;
import jixiao.transform.aggregate.ScoreRecheckTable;

/** The vocabulary without Spark; WholeSiteTest checks it against every column of a real lake. */
class ColumnNamesTest {
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}|_");

    final ColumnNames names = ColumnNames.get();

    /** The columns whose names transform publishes as constants (the rest are checked on a real lake). */
    static List<String[]> knownColumns() {
        List<String[]> out = new ArrayList<>();
        for (String c : ScoreRecheckTable.COLUMNS) out.add(new String[] {GoldTables.SCORE_RECHECK, c});
        for (String c : LineageTable.COLUMNS) out.add(new String[] {GoldTables.PROJECT_LINEAGE, c});
        for (String c : RegionSummary.SCHEMA.fieldNames()) out.add(new String[] {GoldTables.REGION_SUMMARY, c});
        for (String c : FormsTable.COLUMNS) out.add(new String[] {GoldTables.FORMS_NORMALISED, c});
        return out;
    }

    @Test
    void everyKnownColumnHasAChineseHeader() {
        for (String[] tc : knownColumns()) {
            assertTrue(names.knows(tc[0], tc[1]), tc[0] + " " + tc[1] + " has no Chinese header in " + ColumnNames.RESOURCE);
            String header = names.column(tc[0], tc[1]).header();
            assertTrue(CHINESE.matcher(header).find(), tc[1] + ": " + header);
            assertFalse(ENGLISH_WORD.matcher(header).find(), tc[1] + " is headed in English: " + header);
        }
    }

    @Test
    void headersAreUniqueWithinATable() {
        for (String table : List.of(GoldTables.SCORE_RECHECK, GoldTables.PROJECT_LINEAGE, GoldTables.REGION_SUMMARY, GoldTables.FORMS_NORMALISED)) {
            Set<String> seen = new HashSet<>();
            for (String[] tc : knownColumns()) {
                if (!tc[0].equals(table)) continue;
                Column c = names.column(tc[0], tc[1]);
                if (c.format() != ColumnFormat.SKIP) assertTrue(seen.add(c.header()), table + ": two columns headed " + c.header());
            }
        }
    }

    @Test
    void everyTableTheSiteDownloadsHasAChineseSheetName() {
        for (String table : GoldTables.ALL) {
            if (table.equals(GoldTables.INDICATORS_NORMALISED)) continue; // not downloaded
            String sheet = names.sheet(table);
            assertTrue(CHINESE.matcher(sheet).find(), table + ": sheet " + sheet);
            assertTrue(sheet.length() <= SheetNames.MAX_LENGTH - 4, table + ": room for \" (2)\"");
        }
    }

    /** The same words as the site: the budget block as the form page heads it, the quality parts as 指标质量 names them. */
    @Test
    void theSitesOwnWords() {
        assertEquals("年初预算数（万元）", names.column(GoldTables.FORMS_NORMALISED, "budget_initial_wan").header());
        assertTrue(names.column(GoldTables.FORMS_NORMALISED, "budget_adjusted_wan").header().startsWith("全年预算数（调整后"));
        assertEquals("全年执行数（万元）", names.column(GoldTables.FORMS_NORMALISED, "executed_wan").header());
        assertEquals("自评得分", names.column(GoldTables.SCORE_RECHECK, "self_score").header());
        assertEquals("复核得分", names.column(GoldTables.SCORE_RECHECK, "recomputed_score").header());
        assertEquals("预算执行率", names.column(GoldTables.SCORE_RECHECK, "execution_rate").header());
        QualityPage.PARTS.forEach((column, label) -> assertEquals(label, names.column(GoldTables.FORM_QUALITY, column).header(), column));
        for (RateBand b : RateBand.values()) {
            assertTrue(names.column(GoldTables.EXECUTION_RATES, b.column()).header().endsWith(b.label()), b.column());
        }
    }

    @Test
    void ratesAreRatesAndMoneyIsMoney() {
        for (String c : List.of("execution_rate", "execution_rate_printed", "execution_rate_computed", "median", "p10", "verified_weight_share")) {
            assertEquals(ColumnFormat.RATE, names.column(GoldTables.SCORE_RECHECK, c).format(), c);
        }
        assertEquals(ColumnFormat.RATE, names.column(GoldTables.RULE_RATES, "rate").format());
        assertEquals(ColumnFormat.RATE, names.column(GoldTables.DEDUCTION_REASONS, "share").format());
        for (String c : List.of("budget_initial_wan", "budget_adjusted_wan", "executed_wan")) {
            assertEquals(ColumnFormat.WAN, names.column(GoldTables.FORMS_NORMALISED, c).format(), c);
        }
    }

    @Test
    void aTableCanOverrideAColumnsMeaning() {
        assertEquals("类别", names.column(GoldTables.FINDINGS, "category").header());
        assertEquals(ColumnFormat.CODE, names.column(GoldTables.DEDUCTION_REASONS, "category").format());
        assertEquals("类别", names.column(GoldTables.DEDUCTION_REASONS, "category_label").header());
    }

    @Test
    void anUnknownColumnKeepsItsNameAndValues() {
        Column c = names.column("gold/new_table", "new_column");
        assertEquals("new_column", c.header());
        assertEquals(ColumnFormat.RAW, c.format());
        assertFalse(names.knows("gold/new_table", "new_column"));
    }

    @Test
    void aMalformedLineIsRefused() {
        assertThrows(IllegalStateException.class, () -> ColumnNames.parse("*\tx\t甲\tscore\n"));
        assertThrows(IllegalArgumentException.class, () -> ColumnNames.parse("*\tx\t甲\tpoints\t\n"));
        assertThrows(IllegalStateException.class, () -> ColumnNames.parse("*\tx\t甲\tscore\t\n*\tx\t乙\tscore\t\n"));
    }
}
