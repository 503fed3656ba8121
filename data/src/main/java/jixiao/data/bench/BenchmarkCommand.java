package jixiao.data.bench;

import picocli.CommandLine.Command;

/** {@code jixiao benchmark ...}: measurements that print their figures (not tests). */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure extraction speed per format, memory on a large workbook, and accuracy under noise.",
        subcommands = {ExtractBenchmark.class, RoundTripBenchmark.class})
public final class BenchmarkCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
