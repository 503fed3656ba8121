package jixiao.recognise.vocab;

import java.util.List;
import java.util.Map;

/**
 * A published form template, as {@code templates.json} describes it: what marks it, the printed
 * headings of its budget block and indicator table in order (field, printed text), and the notes
 * (填表说明) it prints, which the analytics apply to forms read as this template.
 */
public record Template(String id, String name, String description, String title, List<String> marks,
                       Map<String, String> labels, String budgetLabel, List<Column> budget, String budgetTotal,
                       List<String> budgetSub, List<Column> indicators, String total, boolean executionInTable,
                       Double executionWeight, boolean scoringSheet, List<String> narrative, List<String> notes,
                       List<String> seen) {

    /** One column: its field in vocabulary.tsv (ind.target …) and its printed heading. */
    public record Column(String field, String printed) {
    }

    public static final String UNKNOWN = "unknown";

    /** The indicator columns' fields, in printed order. */
    public List<String> indicatorFields() {
        return indicators.stream().map(Column::field).toList();
    }

    public List<String> budgetFields() {
        return budget.stream().map(Column::field).toList();
    }
}
