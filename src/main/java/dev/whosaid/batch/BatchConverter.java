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
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

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
    static final Duration GRACE = Duration.ofSeconds(60);

    /**
     * Records read ahead per thread. Output is in input order, so a long article at the head of the
     * queue holds the others back; a few per thread keep the threads busy past it, and memory small.
     */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final RecordConverter records;
    private final Function<InputRecord, RecordConverter.Result> conversion;
    private final int threads;
    private final Duration grace;

    public BatchConverter(RecordConverter records, int threads) {
        this(records, threads, GRACE, null);
    }

    /** For tests of the batch's own machinery: {@code conversion} in place of {@code records.convert}. */
    BatchConverter(RecordConverter records, int threads, Duration grace,
                   Function<InputRecord, RecordConverter.Result> conversion) {
        if (records == null) {
            throw new IllegalArgumentException("records must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.records = records;
        this.threads = threads;
        this.grace = grace;
        this.conversion = conversion == null ? records::convert : conversion;
    }

    /** "1 error", "1,650 quotes". */
    public static String count(long n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    /**
     * What a run did: records written, quotes found, error lines by code, and how long it took; and, for
     * a resumed output, how many records (and error lines among them) it already held.
     */
    public record Summary(long records, long quotes, Map<ErrorCode, Long> errorsByCode, Duration elapsed,
                          long resumed, long resumedErrors) {
        public Summary {
            errorsByCode = Map.copyOf(errorsByCode);
        }

        /** Error lines this run wrote. */
        public long errors() {
            return errorsByCode.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Whether the output, as a whole, holds an error line: what the exit code says. */
        public boolean outputHasErrors() {
            return errors() + resumedErrors > 0;
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
                b.append(String.format(Locale.ROOT, "; the output already held %s (%s)", count(resumed, "record"),
                        count(resumedErrors, "error line")));
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
        return convert(in, out, ProgressListener.NONE);
    }

    /**
     * Converts every record of {@code in} that {@code out} does not hold yet: after the first
     * {@code out.resumedFrom().records()}, which are read and counted, not analysed.
     *
     * @throws ResumeMismatch if the input has fewer records than the output, or a different id where the
     *                        output stops
     */
    public Summary convert(Inputs in, BatchOutput out, ProgressListener progress) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        if (!in.fields().equals(records.fields()) || in.maxTextChars() != records.maxTextChars()) {
            throw new IllegalArgumentException("in must read with the fields and size limit of the record converter: "
                    + in.fields() + " and " + in.maxTextChars() + " against " + records.fields() + " and "
                    + records.maxTextChars());
        }
        ResumePoint resume = out.resumedFrom();
        skip(in, resume);
        long started = System.nanoTime();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
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
                    writeNext(inFlight, pool, out, tally, in.totalBytes(), started, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                writeNext(inFlight, pool, out, tally, in.totalBytes(), started, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(tally.records, tally.quotes, tally.errors, Duration.ofNanos(System.nanoTime() - started),
                resume.records(), resume.errorLines());
    }

    private void skip(Inputs in, ResumePoint resume) throws IOException {
        InputRecord last = null;
        for (long i = 0; i < resume.records(); i++) {
            last = in.next();
            if (last == null) {
                throw new ResumeMismatch(String.format(Locale.ROOT,
                        "the output already holds %,d records but the input has only %,d: not the same input",
                        resume.records(), i));
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

    /** When a record's analysis started; not started until {@link #start()}. */
    private static final class Clock {
        private volatile boolean started;
        private volatile long at;

        void start() {
            at = System.nanoTime();
            started = true;
        }

        boolean runningLongerThan(long nanos) {
            return started && System.nanoTime() - at > nanos;
        }
    }

    private Pending submit(ThreadPoolExecutor pool, InputRecord record, long bytesAtRead) {
        Clock clock = new Clock();
        Future<RecordConverter.Result> f = pool.submit(() -> {
            clock.start();
            return conversion.apply(record);
        });
        return new Pending(record, bytesAtRead, clock, f);
    }

    private void writeNext(Deque<Pending> inFlight, ThreadPoolExecutor pool, BatchOutput out, Tally tally,
                           long totalBytes, long started, ProgressListener progress) throws IOException {
        Pending p = inFlight.poll();
        RecordConverter.Result r = await(p, pool);
        out.write(r.json());
        tally.add(r);
        // how far the records written have come, not the reader, which runs a few records ahead
        progress.update(tally.progress(p.bytesAtRead(), totalBytes, started));
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

    /** A record on its way: how far into the input it ends, and when its analysis started. */
    private record Pending(InputRecord record, long bytesAtRead, Clock clock,
                           Future<RecordConverter.Result> result) {
    }

    private RecordConverter.Result await(Pending p, ThreadPoolExecutor pool) throws IOException {
        Duration limit = records.timeLimit();
        try {
            if (limit == null) {
                return p.result().get();
            }
            long backstop = limit.plus(grace).toNanos();
            while (true) {
                try {
                    return p.result().get(Math.min(1000, Math.max(1, grace.toMillis() / 4)), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (p.clock().runningLongerThan(backstop)) {
                        abandon(p, pool);
                        return error(p, ErrorCode.E009, "no answer " + grace.toSeconds()
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

    /**
     * Gives up on a record whose analysis does not come back. The interrupt stops it at its next check;
     * if it hangs where nothing checks, its thread stays lost, so the pool gets one more in its place:
     * otherwise a few hangs would stop the batch for good.
     */
    private static void abandon(Pending p, ThreadPoolExecutor pool) {
        p.result().cancel(true);
        int size = pool.getMaximumPoolSize() + 1;
        pool.setMaximumPoolSize(size);
        pool.setCorePoolSize(size);
    }

    private RecordConverter.Result error(Pending p, ErrorCode code, String detail) {
        String id = records.idOf(p.record());
        return RecordConverter.Result.error(ErrorRecord.of(id, code, p.record().origin() + ": " + detail).toJson(), code);
    }
}
