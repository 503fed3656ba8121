package jixiao.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao notebook}: what the Java notebooks need from the command line. */
@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = "Jupyter notebooks in Java over the lake (notebooks-java/).",
        subcommands = {NotebookCommand.InstallKernel.class, CommandLine.HelpCommand.class})
public final class NotebookCommand implements Runnable {
    /** The kernel's main class, by name: this command must load without the kernel's libraries. */
    static final String KERNEL_CLASS = "jixiao.notebook.JavaKernel";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    @Command(name = "install-kernel", mixinStandardHelpOptions = true,
            description = {"Install the Java kernel's spec (kernel.json) where Jupyter finds it.",
                    "The kernel runs this build's jars (app/target): rebuild, and the kernel uses the new code."})
    static final class InstallKernel implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--user", description = "into the user's Jupyter data folder (the default; `jupyter --data-dir`)")
        boolean user;

        @Option(names = "--prefix", paramLabel = "DIR", description = "into DIR/share/jupyter/kernels instead (like `jupyter kernelspec install --prefix`)")
        Path prefix;

        @Option(names = "--name", defaultValue = "java", description = "kernel name (default: ${DEFAULT-VALUE}, as the notebooks expect)")
        String name;

        @Option(names = "--display-name", defaultValue = "Java (jixiao)", description = "name shown in Jupyter (default: ${DEFAULT-VALUE})")
        String displayName;

        @Override
        public Integer call() throws IOException {
            if (user && prefix != null) throw new CommandLine.ParameterException(spec.commandLine(), "--user and --prefix exclude each other");
            Path dir = (prefix != null ? prefix.resolve("share/jupyter") : userDataDir()).resolve("kernels").resolve(name);
            Files.createDirectories(dir);
            Path json = dir.resolve("kernel.json");
            Files.writeString(json, kernelJson(argv(), displayName), StandardCharsets.UTF_8);
            System.out.println("kernel \"" + name + "\" (" + displayName + ") installed: " + json.toAbsolutePath());
            return 0;
        }
    }

    /** java, Spark's JVM options from the build, the app's class path, the kernel, and the connection file. */
    static List<String> argv() throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path target = appTarget();
        Path options = target == null ? null : target.resolve("jvm.options");
        if (options != null && Files.isRegularFile(options)) {
            argv.addAll(Arrays.asList(Files.readString(options).trim().split("\\s+")));
        }
        argv.add("-Djava.awt.headless=true");
        argv.add("-Dfile.encoding=UTF-8");
        argv.add("-cp");
        // The wildcard keeps the spec valid when the build's libraries change.
        argv.add(target != null
                ? target.resolve("jixiao.jar") + File.pathSeparator + target.resolve("lib") + File.separator + "*"
                : System.getProperty("java.class.path"));
        argv.add(KERNEL_CLASS);
        argv.add("{connection_file}");
        return argv;
    }

    /** app/target when this class runs from app/target/lib (as under bin/jixiao), else null. */
    static Path appTarget() {
        try {
            Path jar = Path.of(NotebookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            Path lib = jar.getParent();
            if (lib != null && lib.getFileName().toString().equals("lib") && Files.isRegularFile(lib.resolveSibling("jixiao.jar"))) {
                return lib.getParent();
            }
        } catch (Exception e) {
            // no code source (unusual class loader): fall back to the running class path
        }
        return null;
    }

    static String kernelJson(List<String> argv, String displayName) {
        // "message": Jupyter interrupts by a message; a SIGINT would end the JVM.
        return "{\n  \"argv\": [\n" + argv.stream().map(a -> "    " + json(a)).collect(Collectors.joining(",\n"))
                + "\n  ],\n  \"display_name\": " + json(displayName) + ",\n  \"language\": \"java\",\n"
                + "  \"interrupt_mode\": \"message\",\n  \"metadata\": {}\n}\n";
    }

    /** Jupyter's per-user data folder: $JUPYTER_DATA_DIR, else what `jupyter --data-dir` says, else the platform's default. */
    static Path userDataDir() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isBlank()) return Path.of(env);
        try {
            Process p = new ProcessBuilder("jupyter", "--data-dir").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                return Path.of(out.lines().reduce((a, b) -> b).orElse(out).trim());
            }
        } catch (IOException e) {
            System.err.println("notebook: jupyter is not on the PATH (Debian: apt-get install jupyter-nbconvert "
                    + "python3-nbclient python3-ipykernel jupyter-client jupyter-core); installing the kernel anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) return Path.of(home, "Library", "Jupyter");
        if (os.contains("win") && System.getenv("APPDATA") != null) return Path.of(System.getenv("APPDATA"), "jupyter");
        return Path.of(home, ".local", "share", "jupyter");
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
