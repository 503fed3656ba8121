package jixiao.transform.normalise;

/** Whether an indicator's target was met, as far as the printed form lets anyone decide. */
public enum Outcome {
    MET("达成"), MISSED("未达成"), UNDECIDABLE("无法判定");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
