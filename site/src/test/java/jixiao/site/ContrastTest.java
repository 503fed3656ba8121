package jixiao.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jixiao.site.build.Fmt;

/**
 * Text against its background at WCAG's 4.5:1 or better (WCAG 2.x, contrast ratio from relative luminance):
 * every heat-map cell the site can colour, every rule of site.css that sets both, and each text colour of the
 * stylesheet on each background it sets.
 */
class ContrastTest {
    private static final double AA = 4.5;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");

    static double luminance(String hex) {
        String h = hex.replace("#", "");
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    @Test
    void theFormulaGivesWcagsKnownRatios() {
        assertTrue(Math.abs(contrast("#000000", "#ffffff") - 21) < 1e-9);
        assertTrue(Math.abs(contrast("#777777", "#ffffff") - 4.48) < 0.01, "#777 on white is just below AA");
    }

    @Test
    void everyHeatMapCellIsReadable() {
        for (int k = 0; k <= 200; k++) {
            String style = Fmt.INSTANCE.heat(k / 200.0, 0, 1);
            String bg = value(style, "background");
            String ink = value(style, "color");
            assertTrue(contrast(bg, ink) >= AA, style + ": " + contrast(bg, ink));
        }
        String grey = Fmt.INSTANCE.heat(null, 0, 1);
        assertTrue(contrast(value(grey, "background"), "#1f2328") >= AA, grey);
    }

    @Test
    void theStylesheetsColoursAreReadable() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/jixiao/site/assets/site.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        css = css.replaceAll("/\\*.*?\\*/", "");
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher v = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
        while (v.find()) vars.put(v.group(1), v.group(2));
        Set<String> texts = new LinkedHashSet<>();
        Set<String> backgrounds = new LinkedHashSet<>(List.of("#ffffff"));
        List<String> failures = new ArrayList<>();
        Matcher r = RULE.matcher(css.replaceAll("@media[^{]*\\{", ""));
        while (r.find()) {
            String body = r.group(2);
            String color = colour(body, "color", vars);
            String background = colour(body, "background(?:-color)?", vars);
            // text on its own background is checked as a pair; the sort arrows are decoration
            if (color != null && background == null && !r.group(1).contains("::after")) texts.add(color);
            if (background != null) backgrounds.add(background);
            if (color != null && background != null && contrast(color, background) < AA) {
                failures.add(r.group(1).strip() + ": " + color + " on " + background + " = " + String.format("%.2f", contrast(color, background)));
            }
        }
        // text that keeps its colour over another rule's background: the page's colours against its bands
        for (String t : texts) {
            for (String b : List.of("#ffffff", vars.get("band"), "#fffaf0")) {
                if (contrast(t, b) < AA) failures.add(t + " on " + b + " = " + String.format("%.2f", contrast(t, b)));
            }
        }
        assertTrue(texts.size() >= 3 && backgrounds.size() > 5, "colours read: " + texts + " " + backgrounds);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String colour(String body, String property, Map<String, String> vars) {
        Matcher m = Pattern.compile("(?:^|;|\\s)" + property + ":\\s*([^;]+)").matcher(body);
        if (!m.find()) return null;
        String value = m.group(1).strip();
        Matcher var = Pattern.compile("var\\(--([a-z-]+)\\)").matcher(value);
        if (var.find()) return vars.get(var.group(1));
        if (value.startsWith("#fff") && value.length() == 4) return "#ffffff";
        Matcher hex = HEX.matcher(value);
        return hex.find() ? hex.group() : null;
    }

    private static String value(String style, String property) {
        Matcher m = Pattern.compile("(?:^|;)" + property + ":(#[0-9a-fA-F]{6})").matcher(style);
        if (!m.find()) throw new AssertionError("no " + property + " in " + style);
        return m.group(1);
    }
}
