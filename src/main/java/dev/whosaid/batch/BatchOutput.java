package dev.whosaid.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a batch writes: JSON Lines, and optionally the CSV of quotes. Each record goes out whole, its
 * line and line break in one write and flushed at once, so that a reader following the file (or a
 * crash) never meets a record cut in two inside whosaid's buffers, and a finished record is on disk
 * before the next, slower one is done. A resumed output knows where it was resumed
 * ({@link #resumedFrom()}), so that the converter skips exactly the records it holds.
 */
public final class BatchOutput implements AutoCloseable {
    private final OutputStream jsonLines;
    private final OutputStream csv;
    private final boolean closeJsonLines;
    private final ResumePoint resumedFrom;

    private BatchOutput(OutputStream jsonLines, OutputStream csv, boolean closeJsonLines, ResumePoint resumedFrom) {
        this.jsonLines = jsonLines;
        this.csv = csv;
        this.closeJsonLines = closeJsonLines;
        this.resumedFrom = resumedFrom;
    }

    /**
     * Writes to a stream the caller owns (standard output), and optionally a CSV file, replaced. A
     * {@link PrintStream} swallows write errors; they are checked after every record, so that a closed
     * pipe or a full disk stops the batch instead of analysing an archive into nothing.
     */
    public static BatchOutput toStream(OutputStream jsonLines, Path csv) throws IOException {
        if (jsonLines == null) {
            throw new IllegalArgumentException("jsonLines must not be null");
        }
        return new BatchOutput(jsonLines, csv == null ? null : newCsv(csv), false, ResumePoint.START);
    }

    /**
     * Creates (or replaces) the output file, and the CSV file if one is given. The CSV is opened first:
     * if it cannot be, the output file is left as it was.
     */
    public static BatchOutput create(Path jsonLines, Path csv) throws IOException {
        OutputStream csvOut = csv == null ? null : newCsv(csv);
        try {
            return new BatchOutput(Files.newOutputStream(jsonLines), csvOut, true, ResumePoint.START);
        } catch (IOException e) {
            if (csvOut != null) {
                csvOut.close();
            }
            throw e;
        }
    }

    /**
     * Continues an output file after the records that {@link ResumePoint#repair(Path)} found whole in it
     * (and cut it back to). The CSV, if any, is rebuilt from those records: it may have lost rows, or
     * have rows of a record the JSON Lines file never got, and it is small beside the work saved.
     */
    public static BatchOutput resume(Path jsonLines, ResumePoint point, Path csv) throws IOException {
        if (point == null) {
            throw new IllegalArgumentException("point must not be null");
        }
        OutputStream csvOut = csv == null ? null : newCsv(csv);
        try {
            if (csvOut != null && point.records() > 0) {
                try (BufferedReader kept = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
                    for (long i = 0; i < point.records(); i++) {
                        csvOut.write(QuoteCsv.rows(kept.readLine()).getBytes(StandardCharsets.UTF_8));
                    }
                }
                csvOut.flush();
            }
            OutputStream out = Files.newOutputStream(jsonLines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new BatchOutput(out, csvOut, true, point);
        } catch (IOException | RuntimeException e) {
            if (csvOut != null) {
                csvOut.close();
            }
            throw e;
        }
    }

    private static OutputStream newCsv(Path csv) throws IOException {
        OutputStream out = Files.newOutputStream(csv);
        out.write(QuoteCsv.header().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** Where this output was resumed: {@link ResumePoint#START} for a new one. */
    public ResumePoint resumedFrom() {
        return resumedFrom;
    }

    /** Writes one record's line, and its rows in the CSV. */
    void write(String json) throws IOException {
        byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
        jsonLines.write(line);
        jsonLines.flush();
        if (jsonLines instanceof PrintStream p && p.checkError()) {
            throw new IOException("cannot write the output (closed pipe or full disk?)");
        }
        if (csv != null) {
            String rows = QuoteCsv.rows(json);
            if (!rows.isEmpty()) {
                csv.write(rows.getBytes(StandardCharsets.UTF_8));
                csv.flush();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (closeJsonLines) {
                jsonLines.close();
            } else {
                jsonLines.flush();
            }
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
