package dev.whosaid.nlp;

import java.time.Duration;

/**
 * When an analysis must give up. Checked between steps and between sentences, so that one pathological
 * document costs a batch at most its time limit and a sentence, not a worker thread for good. An
 * interrupted thread counts as past its deadline: that is how a caller that stopped waiting says so.
 */
public final class Deadline {
    /** No limit; only an interrupt stops the analysis. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

    private final long atNanos;
    private final Duration limit;

    private Deadline(long atNanos, Duration limit) {
        this.atNanos = atNanos;
        this.limit = limit;
    }

    /** A deadline {@code limit} from now; null means none. */
    public static Deadline after(Duration limit) {
        if (limit == null) {
            return NONE;
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    /** Throws {@link Exceeded} if the time is up or the thread was interrupted. */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded("interrupted");
        }
        if (limit != null && System.nanoTime() - atNanos > 0) {
            throw new Exceeded("over the time limit of " + limit.toMillis() / 1000.0 + " s");
        }
    }

    /** The analysis ran out of time; what it had done is dropped. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
