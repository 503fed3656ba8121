package jixiao.model;

/**
 * Something that could not be read: the whole file (place "file") or a part of it.
 * {@code code} is a stable reason code from {@link RejectReason}; {@code message} says it in words.
 */
public record Reject(String file, String place, RejectReason code, String message) {
    @Override
    public String toString() {
        return file + " [" + place + "] " + code.name() + ": " + message;
    }
}
