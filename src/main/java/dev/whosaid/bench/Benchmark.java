package dev.whosaid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.model.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Stock CoreNLP beside whosaid on the same documents, in one run: each system in a fresh JVM of its
 * own (so that load time and heap are its own), warmed up on the first documents, then timed over
 * all of them.
 *
 * @param heap      -Xmx for whosaid's JVM, e.g. "2g"
 * @param stockHeap -Xmx for stock CoreNLP's JVM (it holds statistical coref's models too)
 */
public record Benchmark(Path corpus, int limit, int warmup, int threads, String heap, String stockHeap,
                        boolean skipStock) {

    public Benchmark {
        Objects.requireNonNull(corpus, "corpus must not be null");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must not be negative, was " + warmup);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** The figures of one run: stock's (absent when skipped) and whosaid's. */
    public record Report(Path corpus, int documents, long tokens, BenchResult stock, BenchResult whosaid) {
        /** whosaid's tokens per second over stock's, or NaN without stock. */
        public double ratio() {
            return stock == null ? Double.NaN : whosaid.tokensPerSecond() / stock.tokensPerSecond();
        }

        public String toJson() {
            var node = Json.mapper().createObjectNode();
            node.put("corpus", corpus.toString()).put("documents", documents).put("tokens", tokens);
            if (stock != null) {
                node.set("stock", Json.mapper().valueToTree(stock));
                node.put("ratio", ratio());
            }
            node.set("whosaid", Json.mapper().valueToTree(whosaid));
            node.put("machine", machine());
            return node.toString();
        }

        public String toTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "corpus %s: %d documents, %,d tokens; %s%n", corpus, documents, tokens,
                    machine()));
            b.append(String.format(Locale.ROOT, "%-22s %8s %9s %10s %15s %10s %9s%n", "", "load s", "docs/s", "tokens/s",
                    "heap after load", "peak heap", "-Xmx"));
            if (stock != null) {
                b.append(row("stock CoreNLP (1 thread)", stock));
            }
            b.append(row("whosaid (" + whosaid.threads() + (whosaid.threads() == 1 ? " thread)" : " threads)"), whosaid));
            if (stock != null) {
                b.append(String.format(Locale.ROOT, "whosaid / stock: %.1fx tokens/s, %.2fx peak heap%n", ratio(),
                        (double) whosaid.peakHeap() / stock.peakHeap()));
            }
            return b.toString();
        }

        private static String row(String label, BenchResult r) {
            return String.format(Locale.ROOT, "%-22s %8.1f %9.2f %10.0f %15s %10s %9s%n", label, r.loadSeconds(),
                    r.documentsPerSecond(), r.tokensPerSecond(), mb(r.heapAfterLoad()), mb(r.peakHeap()), mb(r.maxHeap()));
        }

        private static String mb(long bytes) {
            return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
        }

        private static String machine() {
            return Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature()
                    + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        }
    }

    /** Runs both systems and returns their figures; {@code progress} gets a line as each phase starts. */
    public Report run(PrintStream progress) throws IOException, InterruptedException {
        List<BenchDocument> docs = BenchCorpus.load(corpus, limit);
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no documents with text in " + corpus);
        }
        long tokens = docs.stream().mapToLong(BenchDocument::tokens).sum();
        Path file = Files.createTempFile("whosaid-bench", ".jsonl");
        try {
            BenchCorpus.write(docs, file);
            BenchResult stock = null;
            if (!skipStock) {
                progress.printf("bench: stock CoreNLP on %d documents (%,d tokens), one thread...%n", docs.size(), tokens);
                stock = worker("stock", file, stockHeap, 1);
            }
            progress.printf("bench: whosaid on %d documents, %d threads...%n", docs.size(), threads);
            BenchResult whosaid = worker("whosaid", file, heap, threads);
            return new Report(corpus, docs.size(), tokens, stock, whosaid);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private BenchResult worker(String system, Path file, String xmx, int workerThreads)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Xss4m", "-cp",
                System.getProperty("java.class.path"), BenchWorker.class.getName(), system, file.toString(),
                String.valueOf(warmup), String.valueOf(workerThreads)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        String last = out.strip().isEmpty() ? "" : out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        if (code != 0 || !last.startsWith("{")) {
            throw new IOException(system + " benchmark JVM failed (exit " + code + ")"
                    + (code == 1 ? "; with too little heap, raise it (--heap, --stock-heap)" : ""));
        }
        JsonNode n = Json.mapper().readTree(last);
        return Json.mapper().treeToValue(n, BenchResult.class);
    }
}
