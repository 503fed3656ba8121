package jixiao.transform;

/** A table a stage wrote and how many rows it holds now. */
public record TableCount(String table, long rows) {
}
