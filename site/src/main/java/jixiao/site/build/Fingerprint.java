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
 * per-JVM random order), collections in theirs, records part by part, anything else by its string form.
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
        } else if (o instanceof Record r) {
            // by component, not toString: a record holding a Map.copyOf would print in a per-JVM order
            text(r.getClass().getName());
            text("(");
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    java.lang.reflect.Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    feed(accessor.invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c + " of " + r.getClass(), e);
                }
                text(",");
            }
            text(")");
        } else {
            text(String.valueOf(o));
        }
    }

    private void text(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
