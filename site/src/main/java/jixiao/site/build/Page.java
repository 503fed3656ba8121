package jixiao.site.build;

import java.util.Map;

/**
 * One HTML file of the site: where it goes, which template draws it, and the data it shows. The data alone
 * decides whether an earlier build's file can stay (see {@link SiteWriter}), so it holds everything the
 * page prints except the build stamp.
 */
public record Page(String path, String template, Map<String, Object> model) {
    public Page {
        if (path.startsWith("/") || path.contains("..")) throw new IllegalArgumentException("not a site path: " + path);
    }

    /** "../" once per folder the page is in: every link is relative, so the site works from any folder. */
    public String root() {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
