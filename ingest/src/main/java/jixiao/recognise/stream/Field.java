package jixiao.recognise.stream;

import java.util.List;

/** A column of the indicator table, as the row aligner fills it. */
enum Field {
    L1, L2, NAME, NATURE, TARGET, UNIT, ACTUAL, WEIGHT, SCORE, REASON, METHOD, REVIEW, WEIGHT_SHARE, WEIGHTED_SCORE;

    /** The field a heading of vocabulary.tsv names (ind.target → TARGET), or null. */
    static Field of(String vocabularyField) {
        return switch (vocabularyField) {
            case "ind.level1" -> L1;
            case "ind.level2" -> L2;
            case "ind.name" -> NAME;
            case "ind.nature" -> NATURE;
            case "ind.target" -> TARGET;
            case "ind.unit" -> UNIT;
            case "ind.actual" -> ACTUAL;
            case "ind.weight", "budget.weight" -> WEIGHT;
            case "ind.score", "budget.score" -> SCORE;
            case "ind.reason", "budget.reason" -> REASON;
            case "ind.method", "budget.method" -> METHOD;
            case "ind.review" -> REVIEW;
            case "ind.weight_share" -> WEIGHT_SHARE;
            case "ind.weighted_score" -> WEIGHTED_SCORE;
            default -> null;
        };
    }

    /** The heading's field, preferring the indicator table's reading of a word both tables print (分值, 得分). */
    static Field of(Piece p) {
        for (var e : p.entries()) if (e.family().equals("ind")) return of(e.field());
        for (var e : p.entries()) {
            Field f = of(e.field());
            if (f != null) return f;
        }
        return null;
    }

    boolean numeric() {
        return this == WEIGHT || this == SCORE || this == REVIEW || this == WEIGHT_SHARE || this == WEIGHTED_SCORE;
    }

    boolean valueLike() {
        return this == TARGET || this == ACTUAL;
    }

    /** Columns that hold text that may be long (reasons, scoring methods). */
    boolean prose() {
        return this == REASON || this == METHOD;
    }

    static final List<Field> HEADINGS = List.of(L1, L2, NAME);
}
