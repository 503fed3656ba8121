package jixiao.transform.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads one form: amounts to 万元, rates recomputed, department type, region, project key, indicators. */
public final class FormNormaliser {
    public static final String UNKNOWN_REGION = "未知地区";
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\s*年度?");

    private FormNormaliser() {
    }

    /**
     * A single project's amount at or above this many 万元 (100亿元) under a 万元 heading is a heading
     * that does not fit its figures (松江's 145000000.00 under 项目资金(万元)): read as 元, and said so.
     */
    static final double IMPLAUSIBLE_WAN = 1e6;

    /** What amount_unit says when the figures were read in 元 against a printed 万元. */
    public static final String YUAN_INFERRED = "元（表头印“万元”，但单个项目数额超过100亿元，按元读）";

    public static NormalisedForm normalise(SilverForm f) {
        boolean yuanInferred = !"元".equals(f.amountUnit()) && largest(f) >= IMPLAUSIBLE_WAN;
        double toWan = "元".equals(f.amountUnit()) || yuanInferred ? 1e-4 : 1.0;
        Double initial = scale(f.budgetInitial(), toWan);
        Double adjusted = scale(f.budgetAdjusted(), toWan);
        Double executed = scale(f.executed(), toWan);
        Double computed = adjusted != null && executed != null && adjusted > 0 ? executed / adjusted : null;
        Double rate = f.executionRate() != null && !f.executionRate().isNaN() ? f.executionRate() : computed;
        Double vsInitial = initial != null && executed != null && initial > 0 ? executed / initial : null;
        Double adjustment = initial != null && adjusted != null && initial > 0 ? adjusted / initial - 1 : null;
        List<NormalisedIndicator> indicators = new ArrayList<>();
        for (SilverIndicator x : f.indicators()) indicators.add(IndicatorNormaliser.normalise(x));
        return new NormalisedForm(f, toWan, yuanInferred ? YUAN_INFERRED : f.amountUnit(), initial, adjusted, executed,
                computed, rate, vsInitial, adjustment, Dimensions.departmentType(f.department()), region(f), projectKey(f),
                indicators);
    }

    private static double largest(SilverForm f) {
        double max = 0;
        for (Double v : new Double[] {f.budgetInitial(), f.budgetAdjusted(), f.executed()}) {
            if (v != null && !v.isNaN()) max = Math.max(max, v);
        }
        return max;
    }

    /** The most precise place a form names (county, city, province), else {@value #UNKNOWN_REGION}. */
    public static String region(SilverForm f) {
        for (String p : new String[] {f.county(), f.city(), f.province()}) {
            if (p != null && !p.isBlank()) return p.strip();
        }
        return UNKNOWN_REGION;
    }

    /**
     * A project across years: its budget project code when printed, else department and name (a
     * leading "2023年" dropped, as names carry the year). Null when neither names it.
     */
    public static String projectKey(SilverForm f) {
        if (f.projectCode() != null && !f.projectCode().isBlank()) return "code:" + f.projectCode().strip();
        String name = f.projectName() == null ? "" : LEADING_YEAR.matcher(f.projectName().strip()).replaceFirst("").strip();
        if (name.isEmpty()) return null;
        String place = f.county() != null ? f.county() : f.city() != null ? f.city() : f.province();
        String dept = f.department() == null ? "" : f.department().strip();
        return "name:" + (place == null ? "" : place) + "|" + dept + "|" + name;
    }

    private static Double scale(Double v, double factor) {
        return v == null || v.isNaN() ? null : v * factor;
    }
}
