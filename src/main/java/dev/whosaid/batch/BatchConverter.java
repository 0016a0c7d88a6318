package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.ErrorRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Converts a JSON Lines stream, one line out per record in, in input order, with records analysed on
 * several threads. At most a few records per thread are in flight, so memory does not grow with the
 * input. Blank lines are not records and produce nothing.
 */
public final class BatchConverter {
    private final RecordConverter records;
    private final int threads;

    public BatchConverter(RecordConverter records, int threads) {
        if (records == null) {
            throw new IllegalArgumentException("records must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.records = records;
        this.threads = threads;
    }

    /** What a run did. */
    public record Summary(long records, long errors) {
    }

    public Summary convert(BufferedReader in, Writer out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whosaid-convert");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> inFlight = new ArrayDeque<>();
        long count = 0;
        long errors = 0;
        try {
            String line;
            long lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String record = line;
                long n = lineNumber;
                inFlight.add(new Pending(n, pool.submit(() -> records.convert(record, n))));
                if (inFlight.size() >= threads * 4) {
                    errors += write(inFlight.poll(), out);
                    count++;
                }
            }
            while (!inFlight.isEmpty()) {
                errors += write(inFlight.poll(), out);
                count++;
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        return new Summary(count, errors);
    }

    /** A record on its way: its line number, for the error line if it fails beyond recovery. */
    private record Pending(long lineNumber, Future<RecordConverter.Result> result) {
    }

    private static int write(Pending p, Writer out) throws IOException {
        RecordConverter.Result r;
        try {
            r = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // RecordConverter turns every exception into an error line; only an Error (out of memory on
            // one huge record) gets here, and it too must cost that record alone.
            r = new RecordConverter.Result(ErrorRecord.of(null, ErrorCode.E900, "line " + p.lineNumber() + ": "
                    + e.getCause()).toJson(), true);
        }
        out.write(r.json());
        out.write('\n');
        return r.error() ? 1 : 0;
    }
}
