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
    /** The one-page briefing over every region (a region's or department's briefing id starts with a letter and a hash). */
    public static final String OVERALL_BRIEFING = "briefings/all.html";
    /** Two regions side by side ({@code compare.html#a=<region id>&b=<region id>}). */
    public static final String COMPARE = "compare.html";

    private Links() {
    }

    /**
     * A form: the page of its department's forms, opened at the form ({@code #id}). One page per department
     * carries its forms as data that the page renders (form.js), so the site grows by a few KB per form, not by
     * a whole HTML page.
     */
    public static String form(Department d, String formId) {
        // form ids are a content hash and an index ("0a1b…-3"); anything else is refused rather than escaped
        if (!formId.matches("[0-9A-Za-z_-]+")) throw new IllegalArgumentException("unexpected form id: " + formId);
        return formsOf(d) + "#" + formId;
    }

    /** The page holding a department's forms. */
    public static String formsOf(Department d) {
        return "forms/" + d.id() + ".html";
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

    /**
     * The 问题清单's filter for one region, as the part of its hash after the rule ({@code &region=…}): a
     * region page's rule links open that region's findings only (findings.js reads the hash).
     */
    public static String findingsScope(Place p) {
        return "&region=" + hashValue(p.path());
    }

    /** The same for one department: its region and its name (one name can be a department in two regions). */
    public static String findingsScope(Department d) {
        return findingsScope(d.place()) + "&dept=" + hashValue(d.name());
    }

    /** The findings list filtered to a scope ({@link #findingsScope}), every rule. */
    public static String findingsOf(String scope) {
        return FINDINGS + "#" + scope.substring(1);
    }

    /** encodeURIComponent's output, which findings.js decodes. */
    public static String hashValue(String v) {
        return java.net.URLEncoder.encode(v == null ? "" : v, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
