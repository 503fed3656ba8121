package jixiao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test fixtures on the class path, as paths. Other modules see these fixtures inside the ingest
 * test jar; they are copied out to a temporary folder once, so every test can use plain files.
 */
public final class Resources {
    private Resources() {
    }

    public static synchronized Path path(String name) {
        URL url = Resources.class.getClassLoader().getResource(name);
        if (url == null) throw new IllegalStateException("missing test resource " + name);
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return Path.of(uri);
            Path target = Path.of(System.getProperty("java.io.tmpdir"), "jixiao-test-resources", name);
            if (!Files.exists(target)) copyOut(uri, target);
            return target;
        } catch (Exception e) {
            throw new IllegalStateException("cannot open test resource " + name, e);
        }
    }

    private static void copyOut(URI uri, Path target) throws IOException {
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        Path source = fs.provider().getPath(uri);
        Path tmp = Files.createTempDirectory(target.getParent() == null ? Path.of(".") : Files.createDirectories(target.getParent()), "copy");
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path to = tmp.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            Files.move(tmp, target);
        } catch (IOException raced) {
            // another JVM copied it first: theirs is the same
        }
    }
}
