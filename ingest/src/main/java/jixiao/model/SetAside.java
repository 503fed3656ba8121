package jixiao.model;

/**
 * A table recognised as not a project form (department-wide evaluation, evaluation-method table,
 * blank template), kept apart so nothing in a document goes unaccounted for.
 */
public record SetAside(String source, String place, String kind, String title, int rows) {
}
