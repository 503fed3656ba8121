package jixiao.cli;


import java.util.concurrent.Callable;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import jixiao.lake.ComparableRows;
import jixiao.lake.Lake;
import jixiao.lake.LakeReader;
import jixiao.spark.SparkSessions;
import jixiao.transform.GoldTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao compare-lakes A B}: whether two lakes hold the same rows in every bronze, silver and gold
 * table (run times left out: timestamps say when, not what). What the cluster test checks: a lake the
 * standalone cluster wrote against the one local mode writes from the same inputs. Exit 1 on a difference.
 */
@Command(name = "compare-lakes", mixinStandardHelpOptions = true,
        description = "Compare every table of two lakes row by row (timestamps left out); exit 1 when they differ.")
public final class CompareLakesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LAKE_A")
    String a;

    @Parameters(index = "1", paramLabel = "LAKE_B")
    String b;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: " + SparkSessions.DEFAULT_MASTER + ")")
    String master;

    @Override
    public Integer call() {
        SparkSession spark = SparkSessions.getOrCreate("jixiao-compare-lakes", master);
        Lake left = new Lake(a);
        Lake right = new Lake(b);
        LakeReader ra = new LakeReader(spark, left);
        LakeReader rb = new LakeReader(spark, right);
        int differ = 0;
        for (String t : GoldTables.LAKE) {
            boolean inA = ra.exists(t);
            boolean inB = rb.exists(t);
            if (!inA && !inB) continue;
            if (inA != inB) {
                System.out.printf("%-40s only in %s%n", t, inA ? "A" : "B");
                differ++;
                continue;
            }
            Dataset<Row> x = ComparableRows.of(spark.read().format("delta").load(left.table(t)));
            Dataset<Row> y = ComparableRows.of(spark.read().format("delta").load(right.table(t)));
            if (!java.util.Arrays.equals(x.columns(), y.columns())) {
                System.out.printf("%-40s columns differ%n", t);
                differ++;
                continue;
            }
            long onlyA = x.exceptAll(y).count();
            long onlyB = y.exceptAll(x).count();
            long rows = x.count();
            System.out.printf("%-40s %8d rows  %s%n", t, rows, onlyA + onlyB == 0 ? "same"
                    : onlyA + " only in A, " + onlyB + " only in B");
            if (onlyA + onlyB > 0) differ++;
        }
        System.out.println(differ == 0 ? "lakes: the same" : "lakes: " + differ + " tables differ");
        return differ == 0 ? 0 : 1;
    }

}
