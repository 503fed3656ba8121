package jixiao.site.page;

import java.util.Map;

/**
 * Budget and executed amounts summed like for like: over the forms that print both the adjusted budget (above 0)
 * and the executed amount, so the two totals, and the money-weighted execution rate made of them, rest on the same
 * forms. A form whose executed amount is more than ten times
 * its budget is left out and counted apart: its units are in doubt (an amount in 元 under a 万元 heading adds ten
 * thousand times too much), and one such form would outweigh a county's whole budget.
 */
public record MoneyTotals(Double budget, Double executed, int forms, int withoutBoth, int unitsInDoubt) {
    /** Executed over budget beyond which a form's units are taken as in doubt. */
    static final double UNITS_IN_DOUBT = 10;

    static MoneyTotals of(java.util.Collection<Map<String, Object>> forms) {
        double budget = 0;
        double executed = 0;
        int n = 0;
        int without = 0;
        int doubt = 0;
        for (Map<String, Object> f : forms) {
            Double b = Rows.num(f, "budget_adjusted_wan");
            Double e = Rows.num(f, "executed_wan");
            if (b == null || e == null || b <= 0) {
                without++;
            } else if (e > UNITS_IN_DOUBT * b) {
                doubt++;
            } else {
                budget += b;
                executed += e;
                n++;
            }
        }
        return new MoneyTotals(n == 0 ? null : budget, n == 0 ? null : executed, n, without, doubt);
    }

    /** Σ executed ÷ Σ budget over the same forms, or null without any. */
    public Double rate() {
        return budget == null || budget <= 0 ? null : executed / budget;
    }

    /** What the totals cover, for the note under them. */
    public String note() {
        String s = "合计 " + forms + " 张同时印有调整后预算数和执行数的表";
        if (withoutBoth > 0) s += "；" + withoutBoth + " 张缺其中一项，未计入";
        if (unitsInDoubt > 0) s += "；" + unitsInDoubt + " 张执行数超过预算数十倍（金额单位存疑），未计入";
        return s;
    }
}
