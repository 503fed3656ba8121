package jixiao.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every finding the seeds and the complete real forms produce, against a set labelled by hand
 * ({@code findings/labels.tsv}: true or false of the printed form, with the cells that decide it).
 * A finding labelled false that comes back fails, as does one labelled true that disappears, and a
 * finding nobody has labelled yet: a new rule's findings are judged by hand before they are shown.
 */
class FindingsLabelledSetTest {
    /** A finding's place: document, form in it, indicator (empty for the form), rule. */
    record Key(String source, String form, String indicator, String rule) {
        @Override
        public String toString() {
            return source + " form " + form + (indicator.isEmpty() ? "" : " indicator " + indicator) + " " + rule;
        }
    }

    static Map<Key, Boolean> labels;
    static Map<Key, String> shown;

    @BeforeAll
    static void load() {
        labels = new LinkedHashMap<>();
        for (String[] c : HandTable.rows("findings/labels.tsv")) {
            Boolean was = labels.put(new Key(c[0], c[1], c[2], c[3]), Boolean.parseBoolean(c[4]));
            assertEquals(null, was, "labelled twice: " + String.join("\t", c));
        }
        shown = new LinkedHashMap<>();
        for (Row r : LabelledLake.get().table(GoldTables.FINDINGS).collectAsList()) {
            String formId = r.getAs("form_id");
            Integer indicator = r.getAs("indicator_index");
            Key k = new Key(r.getAs("source"), formId.substring(formId.lastIndexOf('-') + 1),
                    indicator == null ? "" : indicator.toString(), r.getAs("rule_id"));
            shown.put(k, r.getAs("message"));
        }
    }

    @Test
    void noFindingLabelledFalseComesBack() {
        List<String> back = new ArrayList<>();
        labels.forEach((k, v) -> {
            if (!v && shown.containsKey(k)) back.add(k + ": " + shown.get(k));
        });
        assertEquals(List.of(), back);
    }

    @Test
    void noFindingLabelledTrueDisappears() {
        List<String> gone = new ArrayList<>();
        labels.forEach((k, v) -> {
            if (v && !shown.containsKey(k)) gone.add(k.toString());
        });
        assertEquals(List.of(), gone);
    }

    @Test
    void everyFindingShownIsLabelled() {
        TreeSet<String> unlabelled = new TreeSet<>();
        shown.forEach((k, m) -> {
            if (!labels.containsKey(k)) unlabelled.add(k + ": " + m);
        });
        assertEquals(new TreeSet<>(), unlabelled, "label these by hand in findings/labels.tsv");
    }

    /** Precision = findings shown that are labelled true ÷ findings shown; printed for the CI log. */
    @Test
    void precisionIsReported() {
        long trueShown = shown.keySet().stream().filter(k -> Boolean.TRUE.equals(labels.get(k))).count();
        long falseLabelled = labels.values().stream().filter(v -> !v).count();
        double precision = shown.isEmpty() ? 0 : (double) trueShown / shown.size();
        System.out.printf("labelled findings: %d shown, %d true (precision %.3f); %d findings labelled false kept out%n",
                shown.size(), trueShown, precision, falseLabelled);
        assertTrue(precision >= 0.95, "precision " + precision);
    }
}
