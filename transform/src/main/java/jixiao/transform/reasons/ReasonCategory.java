package jixiao.transform.reasons;

/** The taxonomy of reasons for lost points; {@link ReasonLexicon} holds the words of each. */
public enum ReasonCategory {
    NO_EXPLANATION("据实支付/据实结算（未说明）"),
    /** Measures only (下一步将加强…), no cause: as good as no reason. */
    MEASURES_ONLY("只写改进措施，未说明原因"),
    FUNDS_SHORT("资金不足（财政资金紧张）"),
    FUNDS_LATE("资金未到位或拨付滞后"),
    PROCUREMENT_SAVINGS("采购节约"),
    STAFFING("人员变动"),
    DEMAND_LOWER("需求低于预期"),
    DEMAND_ABOVE_CAPACITY("需求超出能力（业务量集中、供不应求）"),
    FEWER_BENEFICIARIES("受益对象少于计划（动态管理、人数减少）"),
    EVENT_NOT_HAPPENED("事项未发生或取消"),
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
