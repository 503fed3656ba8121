package jixiao.data.render;

/**
 * What an export adds around the forms of one document, none of it part of a form: the file name
 * printed as its first line (doc-sharing sites, real 001, 026, 027), the page markers 1、 2、 such
 * sites put where pages break (009, 029, 038), and a web page's header and footer ({@link Chrome}).
 */
public record Page(String fileTitle, boolean pageMarkers, Chrome chrome) {
    /** Nothing around the forms. */
    public static final Page NONE = new Page(null, false, null);

    /** A government site's header lines around a published form (007, 036). */
    public record Chrome(String site, String title, String publisher, String date, String index) {
    }
}
