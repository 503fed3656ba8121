package jixiao.data.layout;

/** A line of text outside tables: titles, the year, the amount unit, notes. */
public record Paragraph(String text) implements Block {
}
