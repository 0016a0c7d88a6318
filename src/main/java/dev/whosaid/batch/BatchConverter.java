package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.ErrorRecord;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Converts a stream of records, one line out per record in, in input order, with records analysed on
 * several threads. At most a few records per thread are in flight, so memory does not grow with the
 * input (back-pressure: the reader waits for the writer).
 */
public final class BatchConverter {
    /**
     * How long past the analysis's own time limit a record may run before the batch stops waiting for
     * it. The analysis checks its deadline between sentences; this is for a step of CoreNLP that hangs.
     */
    private static final Duration GRACE = Duration.ofSeconds(60);

    /**
     * Records read ahead per thread. Output is in input order, so a long article at the head of the
     * queue holds the others back; a few per thread keep the threads busy past it, and memory small.
     */
    private static final int IN_FLIGHT_PER_THREAD = 4;

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

    /** "1 error", "1,650 quotes". */
    public static String count(long n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    /** What a run did: records written, quotes found, error lines by code, and how long it took. */
    public record Summary(long records, long resumed, long quotes, Map<ErrorCode, Long> errorsByCode,
                          Duration elapsed) {
        public Summary {
            errorsByCode = Map.copyOf(errorsByCode);
        }

        public long errors() {
            return errorsByCode.values().stream().mapToLong(Long::longValue).sum();
        }

        /** "84 records, 1,650 quotes, 2 errors (E001 1, E002 1), 41.2 s, 2.04 records/s". */
        public String describe() {
            double seconds = elapsed.toMillis() / 1000.0;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s, %s, %s", count(records, "record"),
                    count(quotes, "quote"), count(errors(), "error")));
            if (!errorsByCode.isEmpty()) {
                StringJoiner byCode = new StringJoiner(", ", " (", ")");
                new TreeMap<>(errorsByCode).forEach((code, n) -> byCode.add(code + " " + n));
                b.append(byCode);
            }
            b.append(String.format(Locale.ROOT, ", %.1f s, %.2f records/s", seconds,
                    seconds > 0 ? records / seconds : 0.0));
            if (resumed > 0) {
                b.append(String.format(Locale.ROOT, "; %,d records were already in the output", resumed));
            }
            return b.toString();
        }
    }

    /**
     * How far a run is, for a progress display; sent after every record written. Bytes count from where
     * this run started reading for itself: after the records that a resumed output already held.
     */
    public record Progress(long records, long quotes, long errors, long bytesDone, long bytesToDo,
                           Duration elapsed) {
        /** Share of this run's input done, 0 to 1, or -1 when the total is unknown (standard input). */
        public double fraction() {
            return bytesToDo <= 0 ? -1 : Math.min(1.0, (double) bytesDone / bytesToDo);
        }

        /** Time left at the pace so far, or null when it cannot be told yet. */
        public Duration eta() {
            double f = fraction();
            if (f <= 0 || records == 0) {
                return null;
            }
            return Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f));
        }

        public double recordsPerSecond() {
            return elapsed.toMillis() == 0 ? 0 : records * 1000.0 / elapsed.toMillis();
        }
    }

    /** Receives {@link Progress} on the writing thread; must be quick. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = p -> {
        };

        void update(Progress p);
    }

    /** The input does not match the output being resumed. */
    public static final class ResumeMismatch extends IOException {
        ResumeMismatch(String message) {
            super(message);
        }
    }

    public Summary convert(Inputs in, BatchOutput out) throws IOException {
        return convert(in, out, ResumePoint.START, ProgressListener.NONE);
    }

    /**
     * Converts every record of {@code in} after the first {@code resume.records()}, which the output
     * already holds: those are read and counted, not analysed.
     *
     * @throws ResumeMismatch if the input has fewer records than the output, or a different id where the
     *                        output stops
     */
    public Summary convert(Inputs in, BatchOutput out, ResumePoint resume, ProgressListener progress)
            throws IOException {
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(progress, "progress");
        skip(in, resume);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whosaid-convert");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> inFlight = new ArrayDeque<>();
        Tally tally = new Tally(in.bytesRead());
        try {
            InputRecord record;
            while ((record = in.next()) != null) {
                inFlight.add(submit(pool, record, in.bytesRead()));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    writeNext(inFlight, out, tally, in, started, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                writeNext(inFlight, out, tally, in, started, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(tally.records, resume.records(), tally.quotes, tally.errors,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void skip(Inputs in, ResumePoint resume) throws IOException {
        InputRecord last = null;
        for (long i = 0; i < resume.records(); i++) {
            last = in.next();
            if (last == null) {
                throw new ResumeMismatch(String.format(Locale.ROOT,
                        "the output already holds %,d records but the input has only %,d: not the same input", resume.records(), i));
            }
        }
        if (last != null && resume.lastIdKnown() && !Objects.equals(records.idOf(last), resume.lastId())) {
            throw new ResumeMismatch(String.format(Locale.ROOT,
                    "record %,d of the output has id %s but that of the input has id %s: not the same input",
                    resume.records(), quoted(resume.lastId()), quoted(records.idOf(last))));
        }
    }

    private static String quoted(String id) {
        return id == null ? "null" : "'" + id + "'";
    }

    private Pending submit(ExecutorService pool, InputRecord record, long bytesAtRead) {
        AtomicLong startedAt = new AtomicLong();
        Future<RecordConverter.Result> f = pool.submit(() -> {
            startedAt.set(System.nanoTime());
            return records.convert(record);
        });
        return new Pending(record, bytesAtRead, startedAt, f);
    }

    private void writeNext(Deque<Pending> inFlight, BatchOutput out, Tally tally, Inputs in, long started,
                           ProgressListener progress) throws IOException {
        Pending p = inFlight.poll();
        tally.add(write(p, out));
        // how far the records written have come, not the reader, which runs a few records ahead
        progress.update(tally.progress(p.bytesAtRead(), in.totalBytes(), started));
    }

    private static final class Tally {
        long records;
        long quotes;
        final Map<ErrorCode, Long> errors = new EnumMap<>(ErrorCode.class);
        long errorCount;
        final long startBytes;

        Tally(long startBytes) {
            this.startBytes = startBytes;
        }

        void add(RecordConverter.Result r) {
            records++;
            quotes += r.quotes();
            if (r.isError()) {
                errors.merge(r.errorCode(), 1L, Long::sum);
                errorCount++;
            }
        }

        Progress progress(long bytesDone, long totalBytes, long started) {
            return new Progress(records, quotes, errorCount, bytesDone - startBytes,
                    totalBytes < 0 ? -1 : totalBytes - startBytes, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * A record on its way: how far into the input it ends, and when its analysis started (0 until it
     * does).
     */
    private record Pending(InputRecord record, long bytesAtRead, AtomicLong startedAt,
                           Future<RecordConverter.Result> result) {
    }

    private RecordConverter.Result write(Pending p, BatchOutput out) throws IOException {
        RecordConverter.Result r = await(p);
        out.write(r.json());
        return r;
    }

    private RecordConverter.Result await(Pending p) throws IOException {
        Duration limit = records.timeLimit();
        try {
            if (limit == null) {
                return p.result().get();
            }
            long backstop = limit.plus(GRACE).toNanos();
            while (true) {
                try {
                    return p.result().get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    long started = p.startedAt().get();
                    if (started != 0 && System.nanoTime() - started > backstop) {
                        // The interrupt makes the analysis stop at its next check; its thread comes back then.
                        p.result().cancel(true);
                        return error(p, ErrorCode.E009, "no answer " + GRACE.toSeconds()
                                + " s past the time limit; abandoned");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // RecordConverter turns every exception into an error line; only an Error (out of memory on
            // one huge record) gets here, and it too must cost that record alone.
            return error(p, ErrorCode.E900, String.valueOf(e.getCause()));
        }
    }

    private RecordConverter.Result error(Pending p, ErrorCode code, String detail) {
        String id = records.idOf(p.record());
        return RecordConverter.Result.error(ErrorRecord.of(id, code, p.record().origin() + ": " + detail).toJson(), code);
    }
}
