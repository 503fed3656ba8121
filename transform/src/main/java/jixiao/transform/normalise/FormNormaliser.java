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

    public static NormalisedForm normalise(SilverForm f) {
        double toWan = "元".equals(f.amountUnit()) ? 1e-4 : 1.0;
        Double initial = scale(f.budgetInitial(), toWan);
        Double adjusted = scale(f.budgetAdjusted(), toWan);
        Double executed = scale(f.executed(), toWan);
        Double computed = adjusted != null && executed != null && adjusted > 0 ? executed / adjusted : null;
        Double rate = f.executionRate() != null && !f.executionRate().isNaN() ? f.executionRate() : computed;
        Double vsInitial = initial != null && executed != null && initial > 0 ? executed / initial : null;
        Double adjustment = initial != null && adjusted != null && initial > 0 ? adjusted / initial - 1 : null;
        List<NormalisedIndicator> indicators = new ArrayList<>();
        for (SilverIndicator x : f.indicators()) indicators.add(IndicatorNormaliser.normalise(x));
        return new NormalisedForm(f, toWan, initial, adjusted, executed, computed, rate, vsInitial, adjustment,
                Dimensions.departmentType(f.department()), region(f), projectKey(f), indicators);
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
