package jixiao.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;

/**
 * Writes the site's files, skipping those whose data has not changed since the last build: each file's
 * fingerprint (its data plus the templates' and the code's own version) is kept in a manifest in the site
 * folder, so a rebuild after one region changed re-renders that region's pages and the pages that sum over
 * all regions, not the thousands of form pages that stayed the same. Files an earlier build wrote that this
 * one no longer makes (a form removed from the lake) are deleted.
 */
public final class SiteWriter {
    static final String MANIFEST = ".jixiao-site-manifest";

    private final Path out;
    private final PageRenderer renderer;
    private final String codeVersion;
    private final Map<String, Object> stamp;
    private final Map<String, String> previous;
    private final Map<String, String> current = new TreeMap<>();
    private final List<String> drawn = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final AtomicInteger kept = new AtomicInteger();

    /**
     * @param stamp what every page prints in its footer but that does not decide re-rendering (the build date,
     *              the lake's version): a page kept from an earlier build keeps the stamp of the data it shows
     */
    public SiteWriter(Path out, PageRenderer renderer, Map<String, Object> stamp) {
        this.out = out;
        this.renderer = renderer;
        this.codeVersion = renderer.templatesFingerprint();
        this.stamp = Map.copyOf(stamp);
        this.previous = readManifest(out.resolve(MANIFEST));
    }

    public void page(Page page) {
        String fp = Fingerprint.of(codeVersion, page.template(), page.model());
        if (unchanged(page.path(), fp)) return;
        Map<String, Object> vars = new HashMap<>(page.model());
        vars.put("root", page.root());
        vars.put("stamp", stamp);
        vars.put("fmt", Fmt.INSTANCE);
        vars.put("path", page.path());
        write(page.path(), renderer.render(page.template(), vars));
    }

    /** A chart as SVG and PNG (for slides), drawn only when its data changed. */
    public void chart(String pathWithoutExtension, Object data, int width, int height, Supplier<JFreeChart> chart) {
        String fp = Fingerprint.of(codeVersion, data, width, height);
        String svg = pathWithoutExtension + ".svg";
        String png = pathWithoutExtension + ".png";
        boolean svgSame = unchanged(svg, fp);
        boolean pngSame = unchanged(png, fp);
        if (svgSame && pngSame) return;
        JFreeChart c = chart.get();
        try {
            Path s = prepare(svg);
            ChartFiles.svg(c, width, height, s);
            ChartFiles.png(c, width, height, prepare(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + pathWithoutExtension, e);
        }
    }

    /** A file whose bytes are ready (a script with data, say). */
    public void file(String path, Object data, Supplier<byte[]> bytes) {
        String fp = Fingerprint.of(codeVersion, data);
        if (unchanged(path, fp)) return;
        try {
            Files.write(prepare(path), bytes.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(path), e);
        }
    }

    /** The site's folder, for writers that keep their own files up to date (the downloads). */
    public Path dir() {
        return out;
    }

    /** Marks a file another writer keeps up to date (the downloads) as part of the site, so it is not deleted. */
    public void keep(String path) {
        synchronized (current) {
            current.put(path, "-");
        }
    }

    /** Records the manifest and removes what earlier builds wrote and this one did not. */
    public Counts finish() {
        int removed = 0;
        for (String old : previous.keySet()) {
            if (current.containsKey(old)) continue;
            Path stale = within(out, old);
            // only a file this site wrote: never outside the site folder, never a folder
            if (stale == null || Files.isDirectory(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                if (Files.deleteIfExists(stale)) removed++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove stale " + stale, e);
            }
        }
        StringBuilder sb = new StringBuilder("# path\tfingerprint: what jixiao site wrote, to skip unchanged pages next time\n");
        synchronized (current) {
            current.forEach((p, f) -> sb.append(p).append('\t').append(f).append('\n'));
        }
        try {
            Files.writeString(out.resolve(MANIFEST), sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(MANIFEST), e);
        }
        List<String> paths;
        synchronized (drawn) {
            paths = drawn.stream().sorted().toList();
        }
        return new Counts(paths, kept.get(), removed);
    }

    /** Files drawn this build (their paths), files kept from the last one, stale files removed. */
    public record Counts(List<String> drawn, int kept, int removed) {
        public int rendered() {
            return drawn.size();
        }
    }

    private boolean unchanged(String path, String fp) {
        synchronized (current) {
            if (current.put(path, fp) != null) throw new IllegalStateException("two files at " + path);
        }
        if (fp.equals(previous.get(path)) && Files.isRegularFile(out.resolve(path))) {
            kept.incrementAndGet();
            return true;
        }
        drawn.add(path);
        return false;
    }

    private void write(String path, String html) {
        try {
            Files.writeString(prepare(path), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(path), e);
        }
    }

    private Path prepare(String path) throws IOException {
        return StagedSite.fresh(out.resolve(path));
    }

    /**
     * A manifest path inside the site folder, or null: an absolute path or one that climbs out ({@code ../})
     * is no file this site wrote, whatever the manifest says.
     */
    static Path within(Path out, String path) {
        if (path.isBlank()) return null;
        Path rel;
        try {
            rel = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (rel.isAbsolute()) return null;
        Path root = out.toAbsolutePath().normalize();
        Path target = root.resolve(rel).normalize();
        return target.startsWith(root) && !target.equals(root) ? target : null;
    }

    private static Map<String, String> readManifest(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) return m;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab > 0) m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            return new LinkedHashMap<>(); // an unreadable manifest only costs a full rebuild
        }
        return m;
    }
}
