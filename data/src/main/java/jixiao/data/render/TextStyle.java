package jixiao.data.render;

/** How a text export lays out table cells: the clean four, and the five real web and PDF exports show. */
public enum TextStyle {
    /** Cells separated by tabs, one row per line (Excel and WPS "save as text"). */
    TAB,
    /** One cell per line, indented by a tab; rows separated by blank lines (Word "save as text"). */
    CELL_PER_LINE,
    /** Markdown pipe tables. */
    PIPE,
    /** Cells padded with spaces into aligned columns (PDF and DOCX text exports). */
    SPACE,
    /**
     * A merged HTML table as web converters print it (real 018, 030): each cell on its own line ending
     * in " |", a cell a merge from above covers as a lone "|", and each row closed by a line of one
     * pipe per column its cells did not fill ("|||||").
     */
    LOOSE_PIPE,
    /**
     * A web page's text (real 007, 036): the site's header and menu above the form, every cell on its
     * own line with a blank line after it, empty cells as more blank lines, the site's footer below.
     */
    WEB_CELLS,
    /** Each row's cells glued together with no separator, one row per line (real 002, 003). */
    RUN_ROWS,
    /** The whole form as one or a few long lines of cells separated by single spaces (real 017, 025). */
    RUN_DOC,
    /**
     * PDF text in the order a converter met it (real 001): within each run of data rows the value
     * columns of all rows come first, then their name columns; one line per page, ending "-1-".
     */
    SCRAMBLED
}
