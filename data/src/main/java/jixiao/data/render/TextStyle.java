package jixiao.data.render;

/** How a text export lays out table cells (all four occur in published documents). */
public enum TextStyle {
    /** Cells separated by tabs, one row per line (Excel and WPS "save as text"). */
    TAB,
    /** One cell per line, indented by a tab; rows separated by blank lines (Word "save as text"). */
    CELL_PER_LINE,
    /** Markdown pipe tables. */
    PIPE,
    /** Cells padded with spaces into aligned columns (PDF and DOCX text exports). */
    SPACE
}
