package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.ErrorRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
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

    /** What a run did: records written, quotes found, error lines by code, and how long it took. */
    public record Summary(long records, long quotes, Map<ErrorCode, Long> errorsByCode, Duration elapsed) {
        public Summary {
            errorsByCode = Map.copyOf(errorsByCode);
        }

        public long errors() {
            return errorsByCode.values().stream().mapToLong(Long::longValue).sum();
        }

        /** "84 records, 1,650 quotes, 2 errors (E001 1, E002 1), 41.2 s, 2.04 records/s". */
        public String describe() {
            double seconds = elapsed.toMillis() / 1000.0;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d records, %,d quotes, %,d errors",
                    records, quotes, errors()));
            if (!errorsByCode.isEmpty()) {
                StringJoiner byCode = new StringJoiner(", ", " (", ")");
                new TreeMap<>(errorsByCode).forEach((code, n) -> byCode.add(code + " " + n));
                b.append(byCode);
            }
            b.append(String.format(Locale.ROOT, ", %.1f s, %.2f records/s", seconds,
                    seconds > 0 ? records / seconds : 0.0));
            return b.toString();
        }
    }

    public Summary convert(BufferedReader in, Writer out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whosaid-convert");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        Deque<Pending> inFlight = new ArrayDeque<>();
        Tally tally = new Tally();
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
                    tally.add(write(inFlight.poll(), out));
                }
            }
            while (!inFlight.isEmpty()) {
                tally.add(write(inFlight.poll(), out));
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        return new Summary(tally.records, tally.quotes, tally.errors, Duration.ofNanos(System.nanoTime() - started));
    }

    private static final class Tally {
        long records;
        long quotes;
        final Map<ErrorCode, Long> errors = new EnumMap<>(ErrorCode.class);

        void add(RecordConverter.Result r) {
            records++;
            quotes += r.quotes();
            if (r.isError()) {
                errors.merge(r.errorCode(), 1L, Long::sum);
            }
        }
    }

    /** A record on its way: its line number, for the error line if it fails beyond recovery. */
    private record Pending(long lineNumber, Future<RecordConverter.Result> result) {
    }

    private static RecordConverter.Result write(Pending p, Writer out) throws IOException {
        RecordConverter.Result r;
        try {
            r = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // RecordConverter turns every exception into an error line; only an Error (out of memory on
            // one huge record) gets here, and it too must cost that record alone.
            r = RecordConverter.Result.error(ErrorRecord.of(null, ErrorCode.E900, "line " + p.lineNumber() + ": "
                    + e.getCause()).toJson(), ErrorCode.E900);
        }
        out.write(r.json());
        out.write('\n');
        return r;
    }
}
