package jixiao.site.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;

import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.lake.Lake;
import jixiao.testing.TestSpark;
import jixiao.transform.GoldTables;

/**
 * A transform killed half-way leaves some gold tables newer than the last finished run: the site reads
 * every table at the version that run wrote, so it never shows a mix of two data versions.
 */
class OneRunTest {
    @TempDir
    Path tmp;

    @Test
    void tablesAreReadAtTheLastFinishedRunsVersions() {
        SparkSession spark = TestSpark.get();
        Lake lake = new Lake(tmp.resolve("lake").toString());
        StructType schema = new StructType().add("n", DataTypes.IntegerType);
        String findings = lake.table(GoldTables.FINDINGS);
        spark.createDataFrame(List.of(RowFactory.create(1)), schema).write().format("delta").save(findings); // version 0
        assertNull(LakeSnapshot.lastRun(spark, lake), "no record: a lake from before runs were recorded is read as it is");
        Timestamp t = new Timestamp(0);
        spark.createDataFrame(List.of(RowFactory.create(GoldTables.FINDINGS, 0L, 1L, t, t)), GoldTables.RUN_SCHEMA)
                .write().format("delta").save(lake.table(GoldTables.TRANSFORM_RUN));
        // a later transform wrote findings again and was killed before it recorded its run
        spark.createDataFrame(List.of(RowFactory.create(2), RowFactory.create(3)), schema).write().format("delta")
                .mode("overwrite").save(findings); // version 1
        Long pinned = LakeSnapshot.pinned(LakeSnapshot.lastRun(spark, lake), GoldTables.FINDINGS);
        GoldTable read = LakeSnapshot.readTable(spark, lake, GoldTables.FINDINGS, pinned);
        assertEquals(0, read.version());
        assertEquals(List.of(List.of(1)), read.rows(), "the finished run's rows, not the killed run's");
        MixedRunsException e = assertThrows(MixedRunsException.class,
                () -> LakeSnapshot.pinned(LakeSnapshot.lastRun(spark, lake), GoldTables.SCORE_RECHECK));
        assertEquals(true, e.getMessage().contains("jixiao transform"), e.getMessage());
    }
}
