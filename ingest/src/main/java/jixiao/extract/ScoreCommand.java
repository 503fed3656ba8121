package jixiao.extract;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao score EXTRACTED.jsonl TRUTH}: field-by-field accuracy against goldens or a truth.jsonl. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score an extraction (JSON Lines) against a golden folder or a generated truth.jsonl, field by field.")
public final class ScoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXTRACTED", description = "JSON Lines written by extract")
    Path extracted;

    @Parameters(index = "1", paramLabel = "TRUTH", description = "a folder of SOURCE.json goldens, or a truth.jsonl")
    Path truth;

    @Option(names = "--min", description = "exit 1 when the accuracy is below this")
    Double min;

    @Option(names = "--verbose", description = "list every field that differs")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ExtractionScore s = ExtractionScore.of(ExtractionScore.readLines(extracted), truth);
        String report = s.report(verbose ? Integer.MAX_VALUE : 0);
        System.out.print(report);
        return min != null && s.accuracy() < min ? 1 : 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScoreCommand()).execute(args));
    }
}
