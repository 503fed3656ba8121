package jixiao.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.spark.sql.SparkSession;

import jixiao.lake.IngestJob;
import jixiao.lake.Lake;
import jixiao.testing.Resources;
import jixiao.testing.TestSpark;
import jixiao.transform.TransformJob;

/**
 * One lake and one site for every test that needs a whole site, built once per test JVM: the three seed
 * documents (real published forms) plus a copy of seed 000 moved to 2023 whose first project and department
 * carry hostile names, so every page kind has real data, a year-on-year comparison, and markup to escape; and a
 * notice with no form, which ingest rejects.
 */
public final class SiteFixture {
    public static final String SCRIPT = "<script>alert(1)</script>";
    /** An attribute breaker in a department name (the county prefix keeps its region resolvable). */
    public static final String ATTRIBUTE = "乐山市金口河区\"><img src=x onerror=alert(2)>审批局";
    /** The fixture's one file that holds no form. */
    public static final String REJECTED = "notice_no_form.txt";
    public static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);

    private static SiteFixture instance;

    public final Path dir;
    public final Lake lake;
    public final Path site;
    public final SiteBuilder builder;

    private SiteFixture(Path dir) throws IOException {
        this.dir = dir;
        SparkSession spark = TestSpark.get();
        Path documents = Files.createDirectories(dir.resolve("documents"));
        for (String seed : List.of("000_bd7e1b99f318fe25.txt", "001_c9f88a5f83ff11a3.txt", "003_2f0070b463f791c7.txt")) {
            Files.copy(Resources.path("seeds").resolve(seed), documents.resolve(seed));
        }
        String seed = Files.readString(Resources.path("seeds").resolve("000_bd7e1b99f318fe25.txt"), StandardCharsets.UTF_8);
        String hostile = seed.replace("2024年", "2023年").replaceFirst("互联网应用及维护费", SCRIPT)
                .replaceFirst("乐山市金口河区行政审批局", ATTRIBUTE);
        Files.writeString(documents.resolve("hostile_2023.txt"), hostile, StandardCharsets.UTF_8);
        // a file with no form in it: rejected, so it has no year (数据覆盖's 未知年度 row)
        Files.writeString(documents.resolve(REJECTED), "会议通知\n请各单位于三月五日前报送材料。\n", StandardCharsets.UTF_8);

        lake = new Lake(dir.resolve("lake").toString());
        new IngestJob(spark, lake, new PrintStream(OutputStream.nullOutputStream()))
                .run(List.of(documents), false);
        new TransformJob(spark, lake).run();
        site = dir.resolve("site");
        builder = new SiteBuilder(spark, lake, site, MARCH_FIRST);
        builder.build();
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the build for
        }
    }

    public static synchronized SiteFixture get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("jixiao-site-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                instance = new SiteFixture(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }
}
