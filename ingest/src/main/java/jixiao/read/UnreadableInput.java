package jixiao.read;

import jixiao.model.RejectReason;

/** Thrown by a reader when a whole input cannot be read; carries the reason code and the place. */
public final class UnreadableInput extends Exception {
    private final RejectReason reason;
    private final String place;

    public UnreadableInput(RejectReason reason, String place, String message) {
        super(message);
        this.reason = reason;
        this.place = place;
    }

    public UnreadableInput(RejectReason reason, String message) {
        this(reason, "file", message);
    }

    public RejectReason reason() {
        return reason;
    }

    public String place() {
        return place;
    }
}
