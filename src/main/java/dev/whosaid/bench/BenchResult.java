package dev.whosaid.bench;

/**
 * What one system measured in its own JVM.
 *
 * @param system        "stock" or "whosaid"
 * @param threads       worker threads that analysed documents
 * @param loadSeconds   model load, from nothing to ready
 * @param documents     documents timed (after warm-up)
 * @param tokens        their CoreNLP token count
 * @param seconds       wall-clock time for them
 * @param heapAfterLoad bytes of heap in use after loading and a full collection
 * @param peakHeap      the most heap in use while the documents ran, garbage included (sampled every 10 ms)
 * @param maxHeap       the JVM's heap limit (-Xmx)
 * @param quotes        quotes found, as a check that the work was done
 */
public record BenchResult(String system, int threads, double loadSeconds, int documents, long tokens, double seconds,
                          long heapAfterLoad, long peakHeap, long maxHeap, long quotes) {

    public double documentsPerSecond() {
        return documents / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }
}
