package jixiao.data.generate;

import java.util.List;

/**
 * Damage that real extractions show, planted at a set rate and recorded per form. Damage that
 * changes what is printed changes the truth with it (the truth is what a careful transcriber reads
 * off the page: an OCR'd 兀 stays 兀, a blank cell is null); damage a transcriber sees through (a
 * shifted row, a wrapped cell, page markers, a file name above the form) leaves the truth as it was.
 */
public enum Noise {
    /** An OCR-like character swap in a unit (万元 → 万兀, 个 → 介); the truth keeps the swapped unit. */
    UNIT_SWAP(false),
    /** One indicator row's cells shifted one column right (only where the last cell was empty: nothing is lost). */
    SHIFTED_COLUMNS(false),
    /** One indicator's actual value left out; the truth's actual is null. */
    MISSING_CELL(false),
    /** A long cell broken over two lines. */
    WRAPPED_CELL(false),
    /**
     * OCR damage as scans of real forms show it (028, 029): headings misread (项Fl资金, 预匏数, 万兀) and one
     * value misread as printed: 万元 → 万兀, 10 → IO, ≥ → 2 (so ≥95% reads 295%, with no comparator).
     */
    OCR_CHARS(false),
    /** Budget amounts with thousands separators (330,000.00, real 019) or a 万元 suffix (620.82万元, 027). */
    AMOUNT_FORMAT(false),
    /** Amounts under a 万元 heading printed in 元 (002): the truth keeps 万元 and the figures as printed. */
    YUAN_UNDER_WAN(false),
    /** The 年度资金总额 line printing zeros while the 其中 line holds the figures (025): the truth is the zeros. */
    ZERO_TOTAL_ROW(false),
    /**
     * The whole document turned into traditional characters with the converter's pinyin notes (004, 011,
     * 033, 034): the truth keeps the traditional characters, without the notes.
     */
    TRADITIONAL(true),
    /** A doc-sharing site's page markers 1、 2、 where pages broke (009, 029, 038). */
    PAGE_MARKERS(true),
    /** The file's name printed as the first line (001, 026, 027). */
    FILE_TITLE(true);

    /** The four kinds the seed templates' corpora have always drawn from, in their drawing order. */
    static final List<Noise> SEED_KINDS = List.of(UNIT_SWAP, SHIFTED_COLUMNS, MISSING_CELL, WRAPPED_CELL);

    private final boolean wholeDocument;

    Noise(boolean wholeDocument) {
        this.wholeDocument = wholeDocument;
    }

    /** True for damage done to a whole document (every form in it records it), false for one form's. */
    public boolean wholeDocument() {
        return wholeDocument;
    }
}
