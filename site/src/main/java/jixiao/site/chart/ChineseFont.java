package jixiao.site.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font family the PNG chart is drawn with: one that can show Chinese, when the JVM has one.
 * (The SVG keeps its text as text, so the browser picks its own font there.)
 */
public final class ChineseFont {
    private static final Logger LOG = LoggerFactory.getLogger(ChineseFont.class);
    static final String SAMPLE = "预算执行率";
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
            "SimHei", "AR PL UMing CN");
    private static final String FALLBACK = Font.SANS_SERIF;

    private static volatile String family;

    private ChineseFont() {
    }

    /** A family that displays {@value #SAMPLE}, or the JVM's sans-serif (with a warning) when none does. */
    public static String family() {
        if (family == null) family = find().orElseGet(() -> {
            LOG.warn("no font that can display Chinese was found: the PNG chart will show boxes instead of "
                    + "Chinese text; install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk)");
            return FALLBACK;
        });
        return family;
    }

    static Optional<String> find() {
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        Optional<String> found = PREFERRED.stream().filter(installed::contains).filter(ChineseFont::displaysChinese).findFirst();
        if (found.isEmpty()) found = installed.stream().filter(ChineseFont::displaysChinese).findFirst();
        found.ifPresent(f -> LOG.info("site: drawing the PNG chart with font {}", f));
        return found;
    }

    private static boolean displaysChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }
}
