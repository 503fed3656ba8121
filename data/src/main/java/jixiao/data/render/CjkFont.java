package jixiao.data.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a TrueType font with Chinese glyphs for writing PDFs. PDFBox embeds TrueType outlines;
 * the CFF-based Noto CJK fonts cannot be embedded this way, so Debian's fonts-wqy-zenhei is the one
 * the setup installs.
 */
public final class CjkFont {
    public static final String DEBIAN_PACKAGE = "fonts-wqy-zenhei";
    private static final List<String> FILES = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc", "ukai.ttc");
    private static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of("/Library/Fonts"), Path.of("C:/Windows/Fonts"));

    private CjkFont() {
    }

    public static Path file() {
        return find().orElseThrow(() -> new IllegalStateException(
                "no TrueType font with Chinese glyphs found for writing PDFs: install Debian's " + DEBIAN_PACKAGE
                        + " (apt-get install " + DEBIAN_PACKAGE + ") or put one of " + FILES + " in ~/.fonts"));
    }

    public static Optional<Path> find() {
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> s = Files.walk(folder, 4)) {
                Optional<Path> hit = s.filter(p -> FILES.contains(p.getFileName().toString())).findFirst();
                if (hit.isPresent()) return hit;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }
}
