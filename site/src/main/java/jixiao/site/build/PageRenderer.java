package jixiao.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Thymeleaf without Spring: one template per page kind under {@code templates/} on the class path. */
public final class PageRenderer {
    private final TemplateEngine engine = new TemplateEngine();
    private volatile String fingerprint;

    public PageRenderer() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
    }

    /** A line break and the indentation around it: the templates' layout, which the browser does not show. */
    private static final java.util.regex.Pattern INDENT = java.util.regex.Pattern.compile("[ \t]*\n\s*");

    /**
     * The page, with each line break and its indentation cut to one line break (a tenth of a page; a break still
     * separates words as a space would; the templates have no {@code <pre>}, and scripts keep their line ends).
     */
    public String render(String template, Map<String, Object> variables) {
        return INDENT.matcher(engine.process(template, new Context(Locale.SIMPLIFIED_CHINESE, variables))).replaceAll("\n");
    }

    /**
     * A hash of the site module itself (templates, assets, classes): a new version of the code re-renders
     * every page, an unchanged one lets unchanged data keep its pages.
     */
    public String templatesFingerprint() {
        if (fingerprint == null) fingerprint = hashCodeSource();
        return fingerprint;
    }

    private static String hashCodeSource() {
        try {
            URI source = PageRenderer.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path location = Path.of(source);
            if (Files.isDirectory(location)) return hashTree(location);
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return hashTree(jar.getPath("/"));
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // cannot tell: treat every page as changed
        }
    }

    private static String hashTree(Path root) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("META-INF"))
                    .sorted().toList();
        }
        for (Path f : files) {
            digest.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try {
                digest.update(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
