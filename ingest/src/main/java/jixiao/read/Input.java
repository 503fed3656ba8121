package jixiao.read;

import java.nio.file.Path;

/**
 * One input document for a reader: its file name, its bytes, and the file itself when there is one
 * (streaming readers open the file rather than the bytes, so a large workbook is not unpacked in memory).
 */
public record Input(String name, byte[] bytes, Path file) {
    public static Input of(String name, byte[] bytes) {
        return new Input(name, bytes, null);
    }
}
