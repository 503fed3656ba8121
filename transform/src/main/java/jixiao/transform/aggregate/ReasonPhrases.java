package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import jixiao.transform.reasons.PhraseMiner;
import jixiao.transform.reasons.ReasonCategory;

/**
 * gold/reason_phrases: the most frequent phrases among reasons the taxonomy put in "other", so new
 * categories can be seen: per phrase, how many such reasons contain it, in how many different wordings
 * ({@code sentences}), their points and an example. A phrase is kept only when at least {@link #MIN_SENTENCES}
 * different wordings hold it: one sentence copied onto many forms gives all its fragments its count, which says
 * nothing of a recurring cause.
 */
public final class ReasonPhrases {
    /** Phrases kept, most frequent first. */
    public static final int TOP = 100;
    /** Different reason texts a phrase must appear in to be shown. */
    public static final int MIN_SENTENCES = 3;

    private static final StructType PHRASE = new StructType()
            .add("phrase", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false)
            .add("n", DataTypes.LongType, false)
            .add("points", DataTypes.DoubleType, false);

    private ReasonPhrases() {
    }

    public static Dataset<Row> compute(Dataset<Row> items) {
        Dataset<Row> other = items.where(col("category").equalTo(ReasonCategory.OTHER.name()))
                .groupBy("reason").agg(count(lit(1)).as("n"), sum("points_lost").as("points"));
        Dataset<Row> phrases = other.mapPartitions((MapPartitionsFunction<Row, Row>) ReasonPhrases::segment, Encoders.row(PHRASE));
        return phrases.groupBy("phrase")
                .agg(sum("n").as("reasons"), countDistinct("reason").as("sentences"), sum("points").as("points_lost"),
                        min("reason").as("example"))
                .where(col("sentences").geq(MIN_SENTENCES))
                .crossJoin(other.agg(sum("n").as("other_reasons")))
                .withColumn("share", col("reasons").divide(col("other_reasons")))
                .withColumn("rank", row_number().over(Window.orderBy(col("reasons").desc(), col("phrase").asc())))
                .where(col("rank").leq(TOP))
                .select("rank", "phrase", "reasons", "sentences", "points_lost", "share", "other_reasons", "example")
                .repartition(1)
                .sortWithinPartitions("rank");
    }

    private static Iterator<Row> segment(Iterator<Row> reasons) {
        List<Row> out = new ArrayList<>();
        try (PhraseMiner miner = new PhraseMiner()) {
            while (reasons.hasNext()) {
                Row r = reasons.next();
                String text = r.getString(0);
                if (text == null) continue;
                for (String p : miner.phrases(text)) out.add(RowFactory.create(p, text, r.getLong(1), r.getDouble(2)));
            }
        }
        return out.iterator();
    }
}
