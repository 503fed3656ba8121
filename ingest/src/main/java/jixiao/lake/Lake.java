package jixiao.lake;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the lake's tables live, under one root URI on any Hadoop file system (file:, hdfs:, s3a:).
 * The table names here are the lake's layout, in one place.
 */
public record Lake(String root) {
    public static final String DEFAULT_ROOT = "data/lake";

    public static final String DOCUMENTS = "bronze/documents";
    public static final String FORMS = "silver/forms";
    public static final String INDICATORS = "silver/indicators";
    public static final String SUMMARIES = "silver/summaries";
    public static final String REJECTS = "silver/rejects";
    public static final String SET_ASIDE = "silver/set_aside";
    /** The tables ingest writes: bronze, then silver. */
    public static final java.util.List<String> INGESTED = java.util.List.of(DOCUMENTS, FORMS, INDICATORS, SUMMARIES,
            REJECTS, SET_ASIDE);
    public static final String GOLD_EXECUTION_RATES = "gold/execution_rate_distribution";

    public Lake {
        if (root == null || root.isBlank()) throw new IllegalArgumentException("the lake URI is empty");
        root = normalise(root);
    }

    /** A bare path becomes an absolute file: URI so every stage (and Spark) sees the same place. */
    private static String normalise(String root) {
        String r = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        URI uri = URI.create(r.replace(" ", "%20"));
        if (uri.getScheme() == null || uri.getScheme().length() == 1) {
            return Path.of(root).toAbsolutePath().normalize().toUri().toString().replaceAll("/$", "");
        }
        return r;
    }

    public String table(String name) {
        return root + "/" + name;
    }
}
