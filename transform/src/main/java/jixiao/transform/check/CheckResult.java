package jixiao.transform.check;

import java.util.List;

/** A form's findings and, per rule, how often it was checked and fired. */
public record CheckResult(List<Finding> findings, List<Tally> tallies) {
    public CheckResult {
        findings = List.copyOf(findings);
        tallies = List.copyOf(tallies);
    }
}
