package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

import jixiao.transform.FormMeasures;

/**
 * The levels gold tables are cut at: each region and all regions (全部地区), optionally each
 * department type and all types (全部部门), always by fiscal year and any further keys a table asks for.
 */
public final class Levels {
    public static final String ALL_TYPES = "全部部门";
    public static final List<String> REGION = List.of("province", "city", "county", "region");

    private Levels() {
    }

    /**
     * {@code measure} applied at every level, the rows of all levels in one table whose key columns
     * are the region columns, then department_type (when {@code byType}), fiscal_year and {@code keys}.
     */
    public static Dataset<Row> cut(Dataset<Row> rows, boolean byType, List<String> keys,
                                   Function<RelationalGroupedDataset, Dataset<Row>> measure) {
        List<Dataset<Row>> parts = new ArrayList<>();
        for (boolean region : new boolean[] {true, false}) {
            for (boolean type : byType ? new boolean[] {true, false} : new boolean[] {false}) {
                List<String> by = new ArrayList<>();
                if (region) by.addAll(REGION);
                if (type) by.add("department_type");
                by.add("fiscal_year");
                by.addAll(keys);
                Dataset<Row> m = measure.apply(rows.groupBy(by.stream().map(c -> col(c)).toArray(Column[]::new)));
                if (!region) {
                    m = m.withColumn("province", lit(null).cast(DataTypes.StringType))
                            .withColumn("city", lit(null).cast(DataTypes.StringType))
                            .withColumn("county", lit(null).cast(DataTypes.StringType))
                            .withColumn("region", lit(FormMeasures.ALL_REGIONS));
                }
                if (byType && !type) m = m.withColumn("department_type", lit(ALL_TYPES));
                parts.add(m);
            }
        }
        Dataset<Row> out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) out = out.unionByName(parts.get(i));
        return out;
    }

    /** The key columns of {@link #cut} in table order. */
    public static List<String> keyColumns(boolean byType, List<String> keys) {
        List<String> out = new ArrayList<>(REGION);
        if (byType) out.add("department_type");
        out.add("fiscal_year");
        out.addAll(keys);
        return out;
    }

    /** Year by year; all regions first, then regions by name; all types first, then types by name; then {@code keys}. */
    public static Column[] ordering(boolean byType, List<Column> keys) {
        List<Column> o = new ArrayList<>();
        o.add(col("fiscal_year").asc_nulls_last());
        o.add(when(col("region").equalTo(FormMeasures.ALL_REGIONS), 0).otherwise(1).asc());
        o.add(col("province").asc_nulls_last());
        o.add(col("city").asc_nulls_last());
        o.add(col("county").asc_nulls_last());
        o.add(col("region").asc());
        if (byType) {
            o.add(when(col("department_type").equalTo(ALL_TYPES), 0).otherwise(1).asc());
            o.add(col("department_type").asc());
        }
        o.addAll(keys);
        return o.toArray(new Column[0]);
    }
}
