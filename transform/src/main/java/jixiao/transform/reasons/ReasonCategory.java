package jixiao.transform.reasons;

/** The taxonomy of reasons for lost points; {@link ReasonLexicon} holds the words of each. */
public enum ReasonCategory {
    NO_EXPLANATION("据实支付/据实结算（未说明）"),
    FUNDS_LATE("资金未到位或拨付滞后"),
    PROCUREMENT_SAVINGS("采购节约"),
    STAFFING("人员变动"),
    DEMAND_LOWER("需求低于预期"),
    TARGET_SET_BADLY("指标设置不当"),
    EXTERNAL("外部因素"),
    DELAY_CROSS_YEAR("进度延迟或跨年实施"),
    NONE("未说明原因"),
    OTHER("其他");

    private final String label;

    ReasonCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
