package dev.whosaid.cli;

import dev.whosaid.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code whosaid bench [CORPUS]}: stock CoreNLP and whosaid timed side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time stock CoreNLP (tokenize … depparse, statistical coref, quote; one thread) and whosaid "
                + "on the same documents, each in a JVM of its own after warm-up, and print load seconds, "
                + "documents/s, tokens/s, heap and the ratio whosaid/stock.",
                "Run it from the project directory: the default corpus is ../shared/eval/polnear-dev.jsonl when "
                        + "present, else testdata/news."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS",
            description = "JSON Lines of {id, text, date?} records, or a directory of .txt files.")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N documents (0: all). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Documents each system analyses before timing starts. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "whosaid's worker threads (stock CoreNLP always runs on one). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "-Xmx of whosaid's JVM. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = "--stock-heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "-Xmx of stock CoreNLP's JVM. Default: ${DEFAULT-VALUE}.")
    String stockHeap;

    @Option(names = "--skip-stock", description = "Time whosaid only.")
    boolean skipStock;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path source = corpus != null ? corpus : dev.whosaid.bench.BenchCorpus.defaultSource();
        if (!Files.exists(source)) {
            throw new NoSuchFileException(source.toString());
        }
        if (!heap.matches("\\d+[kKmMgG]?") || !stockHeap.matches("\\d+[kKmMgG]?")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--heap and --stock-heap take a size such as 2g or 1500m");
        }
        Benchmark.Report report = new Benchmark(source, limit, warmup, threads, heap, stockHeap, skipStock)
                .run(System.err);
        System.out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
        return 0;
    }
}
