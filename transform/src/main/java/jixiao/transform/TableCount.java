package jixiao.transform;

/** A table a stage wrote, how many rows it holds now, and the Delta version the write made. */
public record TableCount(String table, long rows, long version) {
}
