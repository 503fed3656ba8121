package jixiao.transform.normalise;

/** Why an indicator's outcome cannot be decided: the codes stored beside {@link Outcome#UNDECIDABLE}. */
public enum Undecided {
    NO_TARGET("未填指标值"),
    NO_ACTUAL("未填实际完成值"),
    QUALITATIVE_TARGET("定性指标，无法核验"),
    ACTUAL_NOT_A_NUMBER("实际完成值不是数字"),
    UNIT_MISMATCH("实际值与指标值单位不一致"),
    DEADLINE_NOT_COMPARABLE("期限无法比较"),
    /** Nothing spent or done: a 0 under a ceiling is not the ceiling kept (≤69万元 with nothing paid). */
    ZERO_ACTUAL("实际完成值为0，不能认定完成"),
    /** A ≤ printed on a count that the form scores as a floor (≤300套, 191套, points deducted): a misprinted sign. */
    SIGN_CONTRADICTS_SCORE("指标值标为上限，表内却按未达到扣分，符号与计分矛盾"),
    /** An actual printed as a bound (>70%, ≧80%) that neither meets nor misses the target for sure. */
    ACTUAL_IS_A_BOUND("实际完成值只给出范围（如“>70%”），不能判定是否达到指标值"),
    /** An average (平均在一小时内) against a deadline every case must keep (一小时内). */
    AVERAGE_NOT_DEADLINE("实际完成值为平均数，不能说明每次都在期限内");

    private final String label;

    Undecided(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
