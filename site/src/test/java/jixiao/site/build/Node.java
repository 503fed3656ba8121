package jixiao.site.build;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the site's scripts in node (v20 on the project's machines): loads files into one vm context, as a
 * page's script tags would, and evaluates an expression there. Tests that need it are skipped, saying so,
 * only where there is no node at all.
 */
public final class Node {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Boolean present;

    private Node() {
    }

    public static void assumePresent() {
        if (present == null) present = probe();
        assumeTrue(present, "node is not installed: the generated scripts were not run (install nodejs to run these checks)");
    }

    /** The site's asset as shipped in the jar, copied into {@code dir}. */
    public static Path asset(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Node.class.getResourceAsStream("/jixiao/site/assets/" + name)) {
            if (in == null) throw new IOException("no asset " + name);
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * Loads the files in order into a fresh context ({@code window} is the context itself, there is no
     * document), then prints JSON.stringify(expression).
     */
    public static JsonNode eval(Path dir, List<Path> files, String expression) throws IOException, InterruptedException {
        StringBuilder js = new StringBuilder("const vm = require('vm'), fs = require('fs');\n")
                .append("const ctx = {}; ctx.window = ctx; vm.createContext(ctx);\n");
        for (Path f : files) {
            js.append("vm.runInContext(fs.readFileSync(").append(JSON.writeValueAsString(f.toString()))
                    .append(", 'utf8'), ctx, {filename: ").append(JSON.writeValueAsString(f.getFileName().toString())).append("});\n");
        }
        js.append("process.stdout.write(JSON.stringify(vm.runInContext(").append(JSON.writeValueAsString(expression))
                .append(", ctx)));\n");
        Path script = Files.createTempFile(dir, "run", ".cjs");
        Files.writeString(script, js, StandardCharsets.UTF_8);
        Path errors = Files.createTempFile(dir, "run", ".err");
        Process p = new ProcessBuilder("node", script.toString()).redirectError(errors.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("node did not finish");
        }
        String err = Files.readString(errors, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new AssertionError("node failed (" + p.exitValue() + "): " + err);
        return JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
