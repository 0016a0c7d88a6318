package dev.whosaid.cli;

import dev.whosaid.batch.BatchConverter;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * convert's progress on standard error: a bar redrawn in place when a person is watching a terminal,
 * a plain line every so often when the output goes to a log file (where a redrawn bar is garbage).
 */
final class ProgressDisplay implements BatchConverter.ProgressListener {
    private static final int BAR_WIDTH = 24;
    private static final long BAR_REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final boolean bar;
    private final long intervalNanos;
    private long lastShown = System.nanoTime();
    private BatchConverter.Progress latest;

    private ProgressDisplay(PrintStream err, boolean bar, Duration logInterval) {
        this.err = err;
        this.bar = bar;
        this.intervalNanos = bar ? BAR_REDRAW_NANOS : logInterval.toNanos();
    }

    /** A bar if standard error is a terminal, else a line every {@code logInterval}. */
    static ProgressDisplay on(PrintStream err, Duration logInterval) {
        return of(err, stderrIsTerminal(), logInterval);
    }

    static ProgressDisplay of(PrintStream err, boolean bar, Duration logInterval) {
        return new ProgressDisplay(err, bar, logInterval);
    }

    /**
     * Java cannot ask whether standard error is a terminal; the launcher's shell can ({@code [ -t 2 ]})
     * and says so in a property. Run without the launcher, Linux's view of file descriptor 2 tells.
     */
    static boolean stderrIsTerminal() {
        String said = System.getProperty("whosaid.stderr.tty");
        if (said != null) {
            return Boolean.parseBoolean(said);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void update(BatchConverter.Progress p) {
        latest = p;
        long now = System.nanoTime();
        if (now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        if (bar) {
            draw(p);
        } else {
            err.println("whosaid convert: " + logLine(p));
        }
    }

    private void draw(BatchConverter.Progress p) {
        err.print("\r" + barLine(p) + "\u001b[K");
        err.flush();
    }

    /** Draws the bar as it ends (the last redraw may be a quarter-second old) and ends its line. */
    void finish() {
        if (bar && latest != null) {
            draw(latest);
            err.println();
        }
    }

    static String barLine(BatchConverter.Progress p) {
        double f = p.fraction();
        StringBuilder b = new StringBuilder();
        if (f >= 0) {
            int full = (int) Math.round(f * BAR_WIDTH);
            b.append('[').append("#".repeat(full)).append(".".repeat(BAR_WIDTH - full)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(f * 100)));
        }
        b.append(BatchConverter.count(p.records(), "record"))
                .append(String.format(Locale.ROOT, "  %.2f/s", p.recordsPerSecond()));
        if (p.eta() != null) {
            b.append("  ETA ").append(duration(p.eta()));
        }
        if (p.errors() > 0) {
            b.append("  ").append(BatchConverter.count(p.errors(), "error"));
        }
        return b.toString();
    }

    static String logLine(BatchConverter.Progress p) {
        StringBuilder b = new StringBuilder(BatchConverter.count(p.records(), "record"));
        if (p.fraction() >= 0) {
            b.append(String.format(Locale.ROOT, " (%d%% of the input)", Math.round(p.fraction() * 100)));
        }
        b.append(", ").append(BatchConverter.count(p.quotes(), "quote")).append(", ")
                .append(BatchConverter.count(p.errors(), "error"))
                .append(String.format(Locale.ROOT, ", %.2f records/s, %s elapsed", p.recordsPerSecond(),
                        duration(p.elapsed())));
        if (p.eta() != null) {
            b.append(", ETA ").append(duration(p.eta()));
        }
        return b.toString();
    }

    /** "42s", "5m07s", "3h12m". */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
