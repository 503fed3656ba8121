package jixiao.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures on the class path, as paths. */
public final class Resources {
    private Resources() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Resources.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
