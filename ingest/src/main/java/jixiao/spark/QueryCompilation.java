package jixiao.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Whether Spark compiles each query into Java classes (its default: Janino, then the JIT compiler) or
 * interprets it. Compiling costs seconds of CPU for every new plan and pays off only on enough rows: the
 * transform's 16 tables on the 150 sample forms took 25 s compiled and 17 s interpreted, while at
 * 100,472 forms interpreting made the transform slower (109 s against 77-81 s). Each job sets the mode
 * for its own input size. {@code -Djixiao.queries=compiled} or {@code =interpreted} chooses for every size
 * (tests check that both give the same tables); a mode set when Spark starts ({@code --conf} or
 * {@code -Dspark.sql.codegen.*}) wins over both.
 */
public final class QueryCompilation {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QueryCompilation.class);
    /** Forms from which queries are compiled. */
    static final long COMPILED_FROM_FORMS = 10_000;
    /**
     * Documents from which ingest's queries are compiled: ingest chooses before it reads a form, and a
     * document holds a few forms (the generated corpora about 11, the bundled samples about 4).
     */
    static final long COMPILED_FROM_DOCUMENTS = 1_000;

    /** auto (the default: by size), compiled or interpreted. */
    public static final String CHOICE = "jixiao.queries";
    static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
    static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

    private QueryCompilation() {
    }

    /** For a job that reads {@code forms} forms. */
    public static Mode forForms(SparkSession spark, long forms) {
        return set(spark, chosen().orElse(forms < COMPILED_FROM_FORMS ? Mode.INTERPRETED : Mode.COMPILED), forms + " forms");
    }

    /** For a job that reads {@code documents} documents. */
    public static Mode forDocuments(SparkSession spark, long documents) {
        return set(spark, chosen().orElse(documents < COMPILED_FROM_DOCUMENTS ? Mode.INTERPRETED : Mode.COMPILED),
                documents + " documents");
    }

    /** The mode {@link #CHOICE} names, or empty for auto. */
    private static java.util.Optional<Mode> chosen() {
        String v = System.getProperty(CHOICE, "auto").trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "auto", "" -> java.util.Optional.empty();
            case "compiled" -> java.util.Optional.of(Mode.COMPILED);
            case "interpreted" -> java.util.Optional.of(Mode.INTERPRETED);
            default -> throw new IllegalArgumentException(
                    "-D" + CHOICE + "=" + v + ": expected auto, compiled or interpreted");
        };
    }

    /** What the session runs with after the call: {@link Mode#AS_CONFIGURED} when Spark's start-up conf chose. */
    private static Mode set(SparkSession spark, Mode mode, String size) {
        org.apache.spark.SparkConf started = spark.sparkContext().getConf();
        if (started.contains(WHOLE_STAGE) || started.contains(FACTORY_MODE)) return Mode.AS_CONFIGURED;
        LOG.debug("{}: queries {}", size, mode.name().toLowerCase(java.util.Locale.ROOT));
        boolean compiled = mode == Mode.COMPILED;
        spark.conf().set(WHOLE_STAGE, String.valueOf(compiled));
        // FALLBACK is Spark's default: compiled code, interpreted where compiling fails
        spark.conf().set(FACTORY_MODE, compiled ? "FALLBACK" : "NO_CODEGEN");
        return mode;
    }

    public enum Mode {
        COMPILED, INTERPRETED, AS_CONFIGURED
    }
}
