package jixiao.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A TrueType CJK font for building test PDFs. PDFBox embeds (subsets) TrueType outlines only: the
 * Noto CJK fonts are CFF-based and cannot be embedded, so the tests need one of these; when none is
 * installed the tests fail and say which Debian package to install rather than skip.
 */
final class PdfTestFont {
    static final String DEBIAN_PACKAGE = "fonts-wqy-zenhei";
    private static final List<String> FILES = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc", "ukai.ttc");
    private static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of(System.getProperty("user.home"), ".local/share/fonts"),
            Path.of("/Library/Fonts"), Path.of("C:/Windows/Fonts"));

    private static Path found;
    private static TrueTypeFont font;

    private PdfTestFont() {
    }

    /**
     * The font, loaded once for all tests (parsing a CJK collection takes a while); it stays open, as
     * PDFBox reads its glyphs when each test document is saved.
     */
    static synchronized TrueTypeFont font() throws IOException {
        if (font == null) {
            @SuppressWarnings("resource")
            TrueTypeCollection collection = new TrueTypeCollection(file().toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) first[0] = f;
            });
            font = first[0];
        }
        return font;
    }

    static synchronized Path file() {
        if (found == null) {
            found = FOLDERS.stream().filter(Files::isDirectory).map(PdfTestFont::search).flatMap(Optional::stream)
                    .findFirst().orElseThrow(() -> new AssertionError("no TrueType CJK font (" + String.join(", ", FILES)
                            + ") in " + FOLDERS + ": install the Debian package " + DEBIAN_PACKAGE
                            + " (apt-get install -y " + DEBIAN_PACKAGE + ")"));
        }
        return found;
    }

    private static Optional<Path> search(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 4)) {
            List<Path> candidates = files.filter(p -> FILES.contains(p.getFileName().toString())).toList();
            for (String name : FILES) {
                for (Path p : candidates) if (p.getFileName().toString().equals(name)) return Optional.of(p);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
