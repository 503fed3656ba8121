package jixiao.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao extract --out FILE PATH...}: documents to JSON Lines per the contract; no Spark. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read evaluation forms from files and folders and write them as JSON Lines (no Spark).")
public final class ExtractCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, required = true, description = "JSON Lines file to write")
    Path out;

    @Option(names = "--threads", description = "documents read at once, each thread with its own readers (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to read")
    List<Path> inputs;

    @Override
    public Integer call() {
        Extractor extractor = new Extractor(DocumentExtractor::new, System.err, threads);
        ExtractSummary summary = extractor.toJsonLines(inputs, out);
        summary.print(System.err);
        System.err.println("forms written to " + out);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}
