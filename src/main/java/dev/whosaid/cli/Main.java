package dev.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code whosaid} command line. Its commands and options are a stable interface: scripts call them. */
@Command(name = "whosaid", mixinStandardHelpOptions = true, version = "whosaid 0.1.0",
        description = "Who said what, about whom, and when, in noisy news text.",
        subcommands = {AnalyzeCommand.class, ConvertCommand.class, SparkCommand.class, EvalCommand.class,
                BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::failure).execute(args);
    }

    /** A command that fails (a missing file, a full disk) says so in one line, not a stack trace. */
    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String what = e instanceof java.nio.file.NoSuchFileException ? "no such file: " + e.getMessage()
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied: " + e.getMessage()
                : e instanceof dev.whosaid.gazetteer.GazetteerFormatException ? "bad gazetteer file: " + e.getMessage()
                : e instanceof IllegalArgumentException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        command.getErr().println("whosaid " + command.getCommandName() + ": " + what);
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
