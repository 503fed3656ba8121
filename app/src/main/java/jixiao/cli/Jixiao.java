package jixiao.cli;

import jixiao.data.bench.BenchmarkCommand;
import jixiao.data.generate.GenerateCommand;
import jixiao.extract.ExtractCommand;
import jixiao.extract.ScoreCommand;
import jixiao.lake.IngestCommand;
import jixiao.notebook.NotebookCommand;
import jixiao.site.SiteCommand;
import jixiao.transform.TransformCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/jixiao}: every stage of the pipeline as a subcommand. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = "Budget performance self-evaluation forms (项目支出绩效自评表) into a Delta lake and a static report site.",
        subcommands = {ExtractCommand.class, IngestCommand.class, TransformCommand.class, SiteCommand.class,
                RunCommand.class, CompareLakesCommand.class, GenerateCommand.class, ScoreCommand.class, BenchmarkCommand.class, NotebookCommand.class,
                CommandLine.HelpCommand.class})
public final class Jixiao implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new Jixiao());
        // the site and pipeline benchmarks need every module, which only this one sees
        cli.getSubcommands().get("benchmark").addSubcommand("site", new SiteBenchmarkCommand());
        cli.getSubcommands().get("benchmark").addSubcommand("pipeline", new PipelineBenchmarkCommand());
        cli.setExecutionExceptionHandler(Jixiao::explain);
        System.exit(cli.execute(args));
    }

    /**
     * What the user can act on (a mistyped path, a missing table) in one line, exit 2; anything else
     * keeps its stack trace, which is what a bug report needs.
     */
    static int explain(Exception e, CommandLine cli, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IllegalArgumentException || e instanceof jixiao.lake.MissingTableException
                || e instanceof jixiao.lake.LakeConflictException || e instanceof jixiao.site.load.MixedRunsException) {
            cli.getErr().println("jixiao " + cli.getCommandName() + ": " + e.getMessage());
            return 2;
        }
        throw e;
    }
}
