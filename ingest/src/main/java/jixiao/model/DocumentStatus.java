package jixiao.model;

/** What became of one input file: every file ends in exactly one of these. */
public enum DocumentStatus {
    /** Forms (or a summary) were read and nothing was left behind. */
    READ,
    /** Forms were read but a part of the document was rejected. */
    PARTIAL,
    /** Nothing usable came out of the file. */
    REJECTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
