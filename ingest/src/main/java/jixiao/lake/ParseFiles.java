package jixiao.lake;

import java.io.Serializable;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

import jixiao.extract.DocumentExtractor;
import jixiao.model.DocumentResult;
import jixiao.model.Reject;

/**
 * Reads files where they are, on the executors: one output row per input file with its bronze row and
 * its rows of every silver table, or, for a file whose bytes hash as before, only the mark
 * {@code unchanged} (a touched file that was not changed is not read again). Readers are the same
 * plain Java as {@code extract}; each partition builds its own extractor.
 */
final class ParseFiles implements MapPartitionsFunction<Row, Row>, Serializable {
    static final String READ = "read";
    static final String UNCHANGED = "unchanged";

    /** Input: the files to read, with what bronze knew of them (null for a new file). */
    static final StructType TODO = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("length", DataTypes.LongType, false)
            .add("modified", DataTypes.TimestampType, false)
            .add("old_sha256", DataTypes.StringType, true);

    /** Output: a file's outcome and its rows, in the columns of {@link Schemas}. */
    static final StructType PARSED = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("old_sha256", DataTypes.StringType, true)
            .add("sha256", DataTypes.StringType, false)
            .add("modified", DataTypes.TimestampType, false)
            .add("document", Schemas.DOCUMENTS, true)
            .add("forms", new ArrayType(Schemas.FORMS, false), false)
            .add("indicators", new ArrayType(Schemas.INDICATORS, false), false)
            .add("summaries", new ArrayType(Schemas.SUMMARIES, false), false)
            .add("set_aside", new ArrayType(Schemas.SET_ASIDE, false), false)
            .add("rejects", new ArrayType(Schemas.REJECTS, false), false);

    private final boolean reprocess;
    private final Timestamp now;
    private final SerializableConfiguration conf;
    private final LongAccumulator done;

    ParseFiles(boolean reprocess, Timestamp now, Configuration conf, LongAccumulator done) {
        this.reprocess = reprocess;
        this.now = now;
        this.conf = new SerializableConfiguration(conf);
        this.done = done;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        DocumentExtractor extractor = new DocumentExtractor();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row f = files.next();
                Row out = parse(extractor, f);
                done.add(1);
                return out;
            }
        };
    }

    private Row parse(DocumentExtractor extractor, Row f) {
        String path = f.getString(0);
        String name = f.getString(1);
        long length = f.getLong(2);
        Timestamp modified = f.getTimestamp(3);
        String oldSha = f.isNullAt(4) ? null : f.getString(4);
        DocumentResult d = InputListing.local(path) ? extractor.extract(Paths.get(path))
                : extractor.extract(path, name, length, () -> {
                    Path p = new Path(path);
                    return p.getFileSystem(conf.value()).open(p);
                });
        if (!reprocess && oldSha != null && oldSha.equals(d.sha256())) {
            return RowFactory.create(path, UNCHANGED, oldSha, d.sha256(), modified, null, seq(List.of()), seq(List.of()),
                    seq(List.of()), seq(List.of()), seq(List.of()));
        }
        return RowFactory.create(path, READ, oldSha, d.sha256(), modified, LakeRows.document(d, now, modified),
                seq(LakeRows.forms(d, now)), seq(LakeRows.indicators(d)), seq(LakeRows.summaries(d)),
                seq(LakeRows.setAside(d)), seq(LakeRows.rejects(d)));
    }

    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(rows)).toList();
    }

    /** A reject row back as the reject it records, for the closing account. */
    static Reject reject(Row r) {
        return new Reject(r.getAs("file"), r.getAs("place"), jixiao.model.RejectReason.valueOf(r.getAs("reason_code")), r.getAs("message"));
    }
}
