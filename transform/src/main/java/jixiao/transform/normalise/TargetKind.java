package jixiao.transform.normalise;

/** What a target measures, as the analytics classify it (the label is what readers see). */
public enum TargetKind {
    QUANTITY("数量"), PERCENT("百分比"), AMOUNT("金额"), DURATION("时长"), DEADLINE("期限"), QUALITATIVE("定性");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the target is a number an actual can be measured against. */
    public boolean numeric() {
        return this != DEADLINE && this != QUALITATIVE;
    }
}
