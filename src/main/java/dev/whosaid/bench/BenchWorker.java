package dev.whosaid.bench;

import dev.whosaid.WhoSaid;
import dev.whosaid.model.Json;
import dev.whosaid.nlp.StockCoreNlp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One system's half of the benchmark, in a JVM of its own so that its load time and heap are its
 * own: {@code BenchWorker stock|whosaid CORPUS.jsonl WARMUP THREADS}. Prints one JSON line, a
 * {@link BenchResult}, on standard output.
 */
public final class BenchWorker {
    private BenchWorker() {
    }

    public static void main(String[] args) throws Exception {
        String system = args[0];
        List<BenchDocument> docs = BenchCorpus.read(Path.of(args[1]));
        int warmup = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        BenchResult r = system.equals("stock") ? stock(docs, warmup) : whosaid(docs, warmup, threads);
        System.out.println(Json.mapper().writeValueAsString(r));
    }

    /** Stock CoreNLP on one thread: its quote attribution cannot be shared between threads. */
    private static BenchResult stock(List<BenchDocument> docs, int warmup) {
        long t0 = System.nanoTime();
        StockCoreNlp stock = new StockCoreNlp();
        double load = seconds(t0);
        for (int i = 0; i < Math.min(warmup, docs.size()); i++) {
            stock.annotate(docs.get(i).text(), docs.get(i).date());
        }
        long heapAfterLoad = settledHeap();
        HeapSampler peak = HeapSampler.start();
        long quotes = 0;
        long t1 = System.nanoTime();
        for (BenchDocument d : docs) {
            quotes += stock.annotate(d.text(), d.date());
        }
        double elapsed = seconds(t1);
        return result("stock", 1, load, docs, elapsed, heapAfterLoad, peak.stop(), quotes);
    }

    /** whosaid with its documents spread over {@code threads} threads sharing one instance. */
    private static BenchResult whosaid(List<BenchDocument> docs, int warmup, int threads) throws Exception {
        long t0 = System.nanoTime();
        // ready to analyze: the gazetteer and lexicons load in create(), the CoreNLP models by warmUp(),
        // as stock CoreNLP's load is its constructor
        WhoSaid whosaid = WhoSaid.create().warmUp();
        double load = seconds(t0);
        for (int i = 0; i < Math.min(warmup, docs.size()); i++) {
            whosaid.analyze(docs.get(i).id(), docs.get(i).text(), docs.get(i).date());
        }
        long heapAfterLoad = settledHeap();
        HeapSampler peak = HeapSampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t1 = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (BenchDocument d : docs) {
            results.add(pool.submit(() -> whosaid.analyze(d.id(), d.text(), d.date()).quotes().size()));
        }
        long quotes = 0;
        for (Future<Integer> f : results) {
            quotes += f.get();
        }
        double elapsed = seconds(t1);
        pool.shutdown();
        return result("whosaid", threads, load, docs, elapsed, heapAfterLoad, peak.stop(), quotes);
    }

    private static BenchResult result(String system, int threads, double load, List<BenchDocument> docs,
                                      double elapsed, long heapAfterLoad, long peak, long quotes) {
        long tokens = docs.stream().mapToLong(BenchDocument::tokens).sum();
        return new BenchResult(system, threads, load, docs.size(), tokens, elapsed, heapAfterLoad, peak,
                Runtime.getRuntime().maxMemory(), quotes);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Heap in use once the garbage of loading is collected: what the models themselves hold. */
    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * The most heap in use while documents run, sampled every 10 ms. It counts garbage not yet
     * collected, so it says how close a run comes to its -Xmx, not what it needs: "heap after load"
     * says that.
     */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long max;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread = new Thread(s, "heap-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (running) {
                max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(max, memory.getHeapMemoryUsage().getUsed());
        }
    }
}
