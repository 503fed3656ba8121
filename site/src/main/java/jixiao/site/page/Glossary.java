package jixiao.site.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's words, one term a concept ({@code jixiao/site/glossary.tsv}): 方法说明 shows each term and what it
 * means; the other words for the same concept ({@link Term#avoid()}) are what no built page may say.
 */
public final class Glossary {
    private static final String RESOURCE = "/jixiao/site/glossary.tsv";

    /** A term, the words it replaces, and its meaning. */
    public record Term(String term, List<String> avoid, String meaning) {
    }

    private static final List<Term> TERMS = load();

    private Glossary() {
    }

    public static List<Term> terms() {
        return TERMS;
    }

    private static List<Term> load() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("no " + RESOURCE + " on the class path");
            List<Term> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 3) throw new IllegalStateException(RESOURCE + " line " + n + ": 3 tab-separated fields expected");
                List<String> avoid = f[1].isBlank() ? List.of() : List.of(f[1].split("、"));
                out.add(new Term(f[0].strip(), avoid.stream().map(String::strip).toList(), f[2].strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
