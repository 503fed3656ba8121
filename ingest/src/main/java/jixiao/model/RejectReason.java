package jixiao.model;

/** Every reason an input, or part of one, is not read: one catalogue, stable names. */
public enum RejectReason {
    EMPTY_FILE("the file is empty"),
    UNREADABLE("the file could not be opened or read"),
    BINARY_CONTENT("the file holds binary data, not text"),
    BAD_ENCODING("the text is neither UTF-8 nor GB18030"),
    UNSUPPORTED_FORMAT("no reader for this kind of file"),
    FORMAT_MISMATCH("the file's content is not what its extension says"),
    ENCRYPTED("the file is encrypted or password-protected"),
    CORRUPT("the file is damaged: its container or structure cannot be parsed"),
    TOO_LARGE("the file, or what it unpacks to, is larger than the set limit"),
    TOO_SLOW("reading the file took longer than the set limit"),
    SCANNED_PDF("scanned PDF: no text layer"),
    NO_FORMS("no project self-evaluation form was found in the document"),
    INCOMPLETE_FORM("a form was found but its indicator table or budget block could not be read"),
    NOT_A_PROJECT_FORM("a table that is not a project form (template, department-wide or method table)");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
