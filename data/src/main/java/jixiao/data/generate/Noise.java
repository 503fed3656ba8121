package jixiao.data.generate;

/** Damage that real extractions show, planted at a set rate and recorded per form. */
public enum Noise {
    /** An OCR-like character swap in a unit name (万元 → 万兀, 个 → 介). */
    UNIT_SWAP,
    /** One indicator row's cells shifted one column right. */
    SHIFTED_COLUMNS,
    /** One cell of an indicator row left out. */
    MISSING_CELL,
    /** A long cell broken over two lines. */
    WRAPPED_CELL
}
