package jixiao.site.model;

/** Where each page lives, relative to the site's root: the one place page names are made. */
public final class Links {
    public static final String INDEX = "index.html";
    public static final String EXECUTION = "execution.html";
    public static final String REASONS = "reasons.html";
    public static final String QUALITY = "quality.html";
    public static final String REGIONS = "regions.html";
    public static final String DEPARTMENTS = "departments.html";
    public static final String FINDINGS = "findings.html";
    public static final String METHOD = "method.html";
    public static final String DOWNLOADS = "downloads.html";
    public static final String SEARCH = "search.html";

    private Links() {
    }

    public static String form(String formId) {
        // form ids are a content hash and an index ("0a1b…-3"); anything else is refused rather than escaped
        if (!formId.matches("[0-9A-Za-z_-]+")) throw new IllegalArgumentException("unexpected form id: " + formId);
        return "forms/" + formId + ".html";
    }

    public static String region(Place p) {
        return "regions/" + p.id() + ".html";
    }

    public static String department(Department d) {
        return "departments/" + d.id() + ".html";
    }

    public static String regionBriefing(Place p) {
        return "briefings/" + p.id() + ".html";
    }

    public static String departmentBriefing(Department d) {
        return "briefings/" + d.id() + ".html";
    }
}
