package jixiao.recognise.stream;

import java.util.List;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.recognise.Recognised;
import jixiao.recognise.RecognisedForm;

/**
 * How much a reading of a document holds that a form can hold, and how far its figures agree: used
 * to choose between two readings of one document. Filled fields count; numbers standing where
 * names and headings belong, and arithmetic that fails, count against.
 */
public final class ReadingQuality {
    private ReadingQuality() {
    }

    public static double of(Recognised r) {
        double q = 0;
        for (RecognisedForm rf : r.forms()) q += of(rf.form());
        return q;
    }

    static double of(Form f) {
        double q = 0;
        if (f.projectName() != null && !f.projectName().isEmpty()) q += 1;
        if (f.department() != null) q += 0.5;
        if (f.implementingUnit() != null) q += 0.5;
        if (f.fiscalYear() != null) q += 0.5;
        if (f.budgetAdjusted() != null || f.budgetInitial() != null) q += 0.5;
        if (f.executed() != null) q += 0.5;
        if (f.executionRate() != null) q += 0.5;
        double w = f.executionWeight() == null ? 0 : f.executionWeight();
        double s = f.executionScore() == null ? 0 : f.executionScore();
        boolean scores = false;
        for (Indicator i : f.indicators()) {
            q += 1;
            if (numeric(i.name()) || numeric(i.level1()) || numeric(i.level2())) q -= 3;
            if (i.targetText() != null || i.actualText() != null) q += 0.5;
            if (i.weight() != null) {
                q += 0.25;
                w += i.weight();
            }
            if (i.score() != null) {
                q += 0.25;
                s += i.score();
                scores = true;
            }
            if (i.weight() != null && i.score() != null && i.score() > i.weight()) q -= 1;
        }
        if (f.totalScore() != null && scores && Math.abs(s - f.totalScore()) < 0.011) q += 2;
        if (Math.abs(w - 100) < 0.011 || Math.abs(w - 90) < 0.011) q += 1;
        return q;
    }

    private static boolean numeric(String s) {
        if (s == null) return false;
        Shape sh = Shape.of(s);
        return sh.type() == Shape.Type.NUMBER || sh.type() == Shape.Type.PERCENT || sh.type() == Shape.Type.GLUED
                || sh.type() == Shape.Type.QUANTITY;
    }

    /** True when a form of the reading is whole (not partial) and has indicator rows. */
    static boolean anyWhole(List<RecognisedForm> forms) {
        return forms.stream().anyMatch(f -> !f.form().reading().partial() && !f.form().indicators().isEmpty());
    }
}
