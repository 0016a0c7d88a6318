package dev.whosaid.cli;

import dev.whosaid.WhoSaid;
import dev.whosaid.batch.TextInput;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.ErrorRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code whosaid analyze FILE...}: one JSON object per file on standard output. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze text files; print one JSON object (output contract v1) per file.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files to analyze; '-' reads standard input.")
    List<String> files;

    @Mixin
    WhoSaidOptions options = new WhoSaidOptions();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
            description = "Publication date, against which relative dates are resolved.")
    LocalDate date;

    @Option(names = "--compact", description = "One line per object (JSON Lines) instead of indented JSON.")
    boolean compact;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        WhoSaid whosaid = options.build();
        int failures = 0;
        for (String file : files) {
            String id = file.equals("-") ? "stdin" : idOf(Path.of(file));
            byte[] bytes;
            try {
                bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
            } catch (IOException | RuntimeException e) {
                out.println(ErrorRecord.of(id, ErrorCode.E005, file + ": " + e.getMessage()).toJson());
                failures++;
                continue;
            }
            TextInput input = TextInput.decode(bytes);
            Analysis analysis = whosaid.analyze(id, input.text(), date).withWarnings(input.warnings());
            out.println(compact ? analysis.toJson() : analysis.toPrettyJson());
        }
        return failures == 0 ? 0 : 1;
    }

    /** "testdata/news/icc-sanctions-mt.txt" is "icc-sanctions-mt". */
    static String idOf(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
