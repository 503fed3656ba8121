package jixiao.site.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 of a page's data, the same in every JVM: maps are read in key order (Map.of iterates in a
 * per-JVM random order), collections in theirs, anything else by its string form (records print their parts).
 */
public final class Fingerprint {
    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(Object... parts) {
        Fingerprint f = new Fingerprint();
        for (Object p : parts) f.feed(p);
        return HexFormat.of().formatHex(f.digest.digest());
    }

    private void feed(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            text("{");
            sorted.forEach((k, v) -> {
                text(k);
                text("=");
                feed(v);
                text(",");
            });
            text("}");
        } else if (o instanceof Collection<?> c) {
            text("[");
            for (Object x : c) {
                feed(x);
                text(",");
            }
            text("]");
        } else {
            text(String.valueOf(o));
        }
    }

    private void text(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
