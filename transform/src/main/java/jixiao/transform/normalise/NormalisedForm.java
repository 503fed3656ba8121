package jixiao.transform.normalise;

import java.util.List;

/**
 * A form with amounts in 万元 ({@code amountUnit}: the unit they were read in, saying so when it is not
 * the printed one), the execution rate computed from its amounts beside the printed one,
 * the rate against the initial budget, its department type, region label and project key.
 */
public record NormalisedForm(SilverForm printed, double toWan, String amountUnit, Double budgetInitialWan, Double budgetAdjustedWan,
                             Double executedWan, Double rateComputed, Double rate, Double rateVsInitial,
                             Double budgetAdjustment, String departmentType, String region, String projectKey,
                             List<NormalisedIndicator> indicators) {
    public NormalisedForm {
        indicators = List.copyOf(indicators);
    }

    public String formId() {
        return printed.formId();
    }
}
