package jixiao.site.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A form as a browser shows it: the data script of its department's forms page run with form.js in node, and
 * {@code jixiaoFormHtml} called for the form the link names. Tests read the HTML the page would draw.
 */
public final class FormView {
    private FormView() {
    }

    /** The list of the page's forms as the page draws it. */
    public static String list(Path site, String link) throws IOException, InterruptedException {
        return run(site, link, "jixiaoFormListHtml(window.JIXIAO_FORMS)");
    }

    /** The drawn form for a link {@code forms/<department>.html#<id>} under {@code site}; null when the page has no such form. */
    public static String html(Path site, String link) throws IOException, InterruptedException {
        int hash = link.indexOf('#');
        return run(site, link, "jixiaoFormHtml(window.JIXIAO_FORMS, " + JsLiteral.of(link.substring(hash + 1)) + ")");
    }

    private static String run(Path site, String link, String expression) throws IOException, InterruptedException {
        Node.assumePresent();
        int hash = link.indexOf('#');
        Path page = site.resolve(hash < 0 ? link : link.substring(0, hash));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int start = html.indexOf("window.JIXIAO_FORMS = ");
        if (start < 0) throw new AssertionError(page + " carries no form data");
        String data = html.substring(start, html.indexOf("</script>", start));
        Path dir = Files.createTempDirectory("form-view");
        try {
            Path script = Files.writeString(dir.resolve("data.js"), data, StandardCharsets.UTF_8);
            JsonNode out = Node.eval(dir, List.of(script, Node.asset(dir, "form.js")), expression);
            return out.isNull() ? null : out.asText();
        } finally {
            deleteTree(dir); // one folder a call: the suite left dozens in the temp folder
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
