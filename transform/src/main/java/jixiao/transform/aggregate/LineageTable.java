package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import jixiao.transform.quality.ProjectLineage;

/**
 * gold/project_lineage: every form of a project (by project code, or department + name) linked to
 * the project's latest earlier form: was the indicator set copied unchanged, did targets move?
 */
public final class LineageTable {
    private static final StructType LINK = new StructType()
            .add("project_key", DataTypes.StringType, false)
            .add("form_id", DataTypes.StringType, false)
            .add("previous_form_id", DataTypes.StringType, true)
            .add("previous_year", DataTypes.IntegerType, true)
            .add("previous_indicators", DataTypes.IntegerType, true)
            .add("same_names", DataTypes.BooleanType, true)
            .add("copied_unchanged", DataTypes.BooleanType, true)
            .add("indicators_added", DataTypes.IntegerType, true)
            .add("indicators_removed", DataTypes.IntegerType, true)
            .add("targets_moved", DataTypes.IntegerType, true)
            .add("targets_raised", DataTypes.IntegerType, true)
            .add("targets_lowered", DataTypes.IntegerType, true);

    public static final List<String> COLUMNS = List.of("project_key", "project_code", "project_name", "department",
            "department_type", "province", "city", "county", "region", "fiscal_year", "form_id", "indicator_count",
            "previous_year", "previous_form_id", "previous_indicators", "same_names", "copied_unchanged",
            "indicators_added", "indicators_removed", "targets_moved", "targets_raised", "targets_lowered");

    private LineageTable() {
    }

    public static Dataset<Row> compute(Dataset<Row> reviewed) {
        Dataset<Row> versions = reviewed.where(col("project_key").isNotNull())
                .select(col("project_key"), struct(col("form_id"), col("fiscal_year"),
                        transform(col("indicators"), i -> struct(i.getField("name").as("name"),
                                i.getField("target_text").as("target"), i.getField("target_unit").as("unit"),
                                i.getField("comparator").as("comparator"), i.getField("target_number").as("number")))
                                .as("sigs")).as("v"))
                .groupBy("project_key").agg(collect_list(col("v")).as("versions"));
        Dataset<Row> links = versions.flatMap((FlatMapFunction<Row, Row>) LineageTable::link, Encoders.row(LINK));
        return reviewed.select(col("form_id"), col("project_code"), col("project_name"), col("department"),
                        col("department_type"), col("province"), col("city"), col("county"), col("region"),
                        col("fiscal_year"), col("indicator_count"))
                .join(links, "form_id")
                .repartition(1)
                .sortWithinPartitions(col("region"), col("project_key"), col("fiscal_year").asc_nulls_last(), col("form_id"))
                .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    private static Iterator<Row> link(Row group) {
        String key = group.getString(0);
        List<ProjectLineage.Version> versions = new ArrayList<>();
        for (Row v : group.<Row>getList(1)) {
            List<ProjectLineage.Sig> sigs = new ArrayList<>();
            for (Row s : v.<Row>getList(2)) {
                sigs.add(new ProjectLineage.Sig(s.getString(0), s.getString(1), s.getString(2), s.getString(3),
                        s.isNullAt(4) ? null : s.getDouble(4)));
            }
            versions.add(new ProjectLineage.Version(v.getString(0), v.isNullAt(1) ? null : v.getInt(1), sigs));
        }
        List<Row> out = new ArrayList<>();
        for (ProjectLineage.Link l : ProjectLineage.links(versions)) {
            out.add(RowFactory.create(key, l.formId(), l.previousFormId(), l.previousYear(), l.previousIndicators(),
                    l.sameNames(), l.copiedUnchanged(), l.added(), l.removed(), l.targetsMoved(), l.targetsRaised(),
                    l.targetsLowered()));
        }
        return out.iterator();
    }
}
