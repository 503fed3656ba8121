package jixiao.lake;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampType;

/**
 * A table's rows in the form two lakes written from the same inputs are compared in (a cluster's against local
 * mode's, compiled queries' against interpreted ones'): timestamps left out (they say when, not what), doubles to
 * 9 decimal places, maps as sorted JSON text, columns in name order.
 */
public final class ComparableRows {
    private ComparableRows() {
    }

    public static Dataset<Row> of(Dataset<Row> d) {
        List<Column> keep = new ArrayList<>();
        for (StructField f : d.schema().fields()) {
            if (f.dataType() instanceof TimestampType) continue;
            // a sum's last bits depend on the order its partitions are added in, which differs between a cluster
            // and local mode (0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1)
            if (f.dataType() instanceof DoubleType) {
                keep.add(functions.round(col(f.name()), 9).as(f.name()));
                continue;
            }
            // set operations cannot compare maps: a map column is compared as its JSON text, keys sorted
            keep.add(f.dataType() instanceof MapType
                    ? functions.to_json(functions.map_from_entries(functions.array_sort(functions.map_entries(col(f.name())))))
                            .as(f.name())
                    : col(f.name()));
        }
        keep.sort(Comparator.comparing(c -> c.toString().replaceAll("^.* AS ", "")));
        return d.select(keep.toArray(new Column[0]));
    }
}
