package jixiao.site.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.lake.Lake;
import jixiao.testing.TestSpark;
import jixiao.transform.GoldTables;

/** A transform killed half-way leaves some gold tables newer than the last finished run: the site refuses to mix them. */
class OneRunTest {
    @TempDir
    Path tmp;

    private static GoldTable table(String name, long version) {
        return new GoldTable(name, version, "", List.of(), List.of());
    }

    @Test
    void tablesFromAnotherRunAreRefused() {
        SparkSession spark = TestSpark.get();
        Lake lake = new Lake(tmp.resolve("lake").toString());
        Map<String, GoldTable> tables = Map.of(GoldTables.FINDINGS, table(GoldTables.FINDINGS, 3),
                GoldTables.SCORE_RECHECK, table(GoldTables.SCORE_RECHECK, 5));
        assertDoesNotThrow(() -> LakeSnapshot.checkOneRun(spark, lake, tables), "no record: a lake from before runs were recorded");
        Timestamp t = new Timestamp(0);
        spark.createDataFrame(List.of(RowFactory.create(GoldTables.FINDINGS, 3L, 10L, t, t),
                        RowFactory.create(GoldTables.SCORE_RECHECK, 5L, 2L, t, t)), GoldTables.RUN_SCHEMA)
                .write().format("delta").save(lake.table(GoldTables.TRANSFORM_RUN));
        assertDoesNotThrow(() -> LakeSnapshot.checkOneRun(spark, lake, tables));
        Map<String, GoldTable> mixed = Map.of(GoldTables.FINDINGS, table(GoldTables.FINDINGS, 4),
                GoldTables.SCORE_RECHECK, table(GoldTables.SCORE_RECHECK, 5));
        MixedRunsException e = assertThrows(MixedRunsException.class, () -> LakeSnapshot.checkOneRun(spark, lake, mixed));
        assertTrue(e.getMessage().contains("gold/findings is at version 4, the run wrote 3") && e.getMessage().contains("jixiao transform"),
                e.getMessage());
    }
}
