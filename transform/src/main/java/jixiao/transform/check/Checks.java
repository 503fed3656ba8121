package jixiao.transform.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Collects one form's findings, and for every rule how often it applied and fired. */
final class Checks {
    private final String formId;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Rule, int[]> tallies = new EnumMap<>(Rule.class);

    Checks(String formId) {
        this.formId = formId;
    }

    /** Counts the rule as checked when it applies; records a finding (values built only then) when it fires. */
    void check(Rule rule, boolean applies, boolean fires, Integer indicator, Supplier<Map<String, String>> values) {
        if (!applies) return;
        int[] t = tallies.computeIfAbsent(rule, r -> new int[2]);
        t[0]++;
        if (!fires) return;
        t[1]++;
        findings.add(new Finding(formId, indicator, rule, values.get()));
    }

    CheckResult result() {
        List<Tally> out = new ArrayList<>();
        tallies.forEach((r, t) -> out.add(new Tally(r, t[0], t[1])));
        return new CheckResult(findings, out);
    }
}
