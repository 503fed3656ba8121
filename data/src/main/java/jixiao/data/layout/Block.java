package jixiao.data.layout;

/** A piece of a laid-out document: a paragraph of text or a table. */
public sealed interface Block permits Paragraph, Table {
}
