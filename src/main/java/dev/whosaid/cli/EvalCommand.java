package dev.whosaid.cli;

import dev.whosaid.eval.ScoreReport;
import dev.whosaid.eval.Scorer;
import dev.whosaid.eval.Subset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code whosaid eval GOLD SYSTEM}: the reference scorer's figures, computed the same way. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score quote extraction and attribution against gold JSON Lines (as shared/eval/score.py).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold JSON Lines (PolNeAR format).")
    Path gold;

    @Parameters(index = "1", paramLabel = "SYSTEM", description = "whosaid output, JSON Lines.")
    Path system;

    @Option(names = "--subset", paramLabel = "all|direct", defaultValue = "all", converter = SubsetConverter.class,
            description = "'direct' keeps quotes of kind direct or mixed only. Default: ${DEFAULT-VALUE}.")
    Subset subset;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ScoreReport report = Scorer.score(gold, system, subset);
        System.out.println(json ? report.toJson() : report.toTable(gold.toString(), system.toString()));
        return 0;
    }

    /** A bad --subset is a usage error, reported as such before anything is read. */
    static final class SubsetConverter implements picocli.CommandLine.ITypeConverter<Subset> {
        @Override
        public Subset convert(String value) {
            try {
                return Subset.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("--subset must be 'all' or 'direct', was '"
                        + value + "'");
            }
        }
    }
}
