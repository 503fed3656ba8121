package jixiao.data.layout;

import java.util.function.Function;

import jixiao.model.Form;
import jixiao.model.Indicator;

/** The published templates we lay forms out in, each after a real document. */
public enum FormStyle {
    /** Sichuan district form (区级项目支出绩效自评表): execution row inside the indicator table; seed 000. */
    DISTRICT(DistrictLayout::of),
    /** Provincial form after 财预〔2020〕10号 (Shandong): 年初预算数, ≤/≥ signs before targets; seed 001. */
    PROVINCIAL(ProvincialLayout::of),
    /** Sichuan 部门预算项目支出绩效自评表 with 指标性质 and 度量单位 columns; seeds 003, 004. */
    DEPARTMENT(DepartmentLayout::of);

    private final Function<Form, Layout> layout;

    FormStyle(Function<Form, Layout> layout) {
        this.layout = layout;
    }

    public Layout layout(Form form) {
        return layout.apply(form);
    }

    /**
     * The template that can show everything a form holds: a qualitative nature, a unit that is not in
     * the target, a project code or the narrative fields need the department form; an initial budget
     * needs the provincial one; otherwise the district form.
     */
    public static FormStyle fitting(Form f) {
        boolean needsColumns = f.indicators().stream().anyMatch(FormStyle::needsOwnColumns);
        if (needsColumns || f.projectCode() != null || f.conclusion() != null || f.problems() != null
                || f.improvements() != null) {
            return DEPARTMENT;
        }
        return f.budgetInitial() != null ? PROVINCIAL : DISTRICT;
    }

    private static boolean needsOwnColumns(Indicator i) {
        return "qualitative".equals(i.comparator())
                || (i.unit() != null && (i.targetText() == null || !i.targetText().contains(i.unit())));
    }
}
