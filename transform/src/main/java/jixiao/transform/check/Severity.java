package jixiao.transform.check;

/** How much a finding matters: an error breaks the rules, a warning needs a look, info describes. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
