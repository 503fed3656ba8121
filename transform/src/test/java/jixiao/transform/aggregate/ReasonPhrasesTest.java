package jixiao.transform.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import jixiao.transform.TransformSpark;
import jixiao.transform.reasons.ReasonCategory;

/** The mined phrases: a recurring cause in several wordings, not the fragments of one sentence copied onto many forms. */
class ReasonPhrasesTest {
    private static final StructType ITEMS = new StructType()
            .add("reason", DataTypes.StringType, true)
            .add("category", DataTypes.StringType, false)
            .add("points_lost", DataTypes.DoubleType, false);

    @Test
    void aPhraseNeedsThreeWordingsAndOneSentenceCopiedGivesNone() {
        SparkSession spark = TransformSpark.get();
        List<Row> rows = new ArrayList<>();
        String copied = "受汛期道路封闭影响施工队伍无法进场";
        for (int i = 0; i < 12; i++) rows.add(RowFactory.create(copied, ReasonCategory.OTHER.name(), 1.0));
        for (String s : List.of("供应商资质审查延期，合同签订推迟", "供应商资质审查未通过，重新采购", "因供应商资质审查，验收推后")) {
            rows.add(RowFactory.create(s, ReasonCategory.OTHER.name(), 2.0));
        }
        rows.add(RowFactory.create("据实支付", "BOILERPLATE", 5.0)); // not in 其他: never mined
        Map<String, Row> phrases = ReasonPhrases.compute(spark.createDataFrame(rows, ITEMS)).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("phrase"), r -> r));
        assertTrue(phrases.containsKey("供应商"), phrases.keySet().toString());
        Row supplier = phrases.get("供应商");
        assertEquals(3L, ((Number) supplier.getAs("sentences")).longValue());
        assertEquals(3L, ((Number) supplier.getAs("reasons")).longValue());
        assertEquals(15L, ((Number) supplier.getAs("other_reasons")).longValue());
        // twelve copies of one sentence: its words are frequent but stand in one wording only
        for (String p : phrases.keySet()) assertFalse(copied.contains(p), "a fragment of one copied sentence: " + p);
        assertFalse(phrases.containsKey("据实支付"));
    }
}
