package jixiao.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The static files every page links to, shipped in the jar under {@code jixiao/site/assets/}. */
final class SiteAssets {
    static final List<String> FILES = List.of("assets/site.css", "assets/site.js", "assets/search.js", "assets/findings.js",
            "assets/form.js", "assets/compare.js");

    private SiteAssets() {
    }

    static void copyTo(Path outDir) throws IOException {
        for (String name : FILES) {
            Path target = outDir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = SiteAssets.class.getResourceAsStream("/jixiao/site/" + name)) {
                if (in == null) throw new IOException("missing from the jar: jixiao/site/" + name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
