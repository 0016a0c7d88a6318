package dev.whosaid.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a batch writes: JSON Lines, and optionally the CSV of quotes. Each record goes out whole, its
 * line and line break in one write and flushed at once, so that a reader following the file (or a
 * crash) never meets a record cut in two inside whosaid's buffers, and a finished record is on disk
 * before the next, slower one is done.
 */
public final class BatchOutput implements AutoCloseable {
    private final OutputStream jsonLines;
    private final OutputStream csv;
    private final boolean closeJsonLines;

    private BatchOutput(OutputStream jsonLines, OutputStream csv, boolean closeJsonLines) {
        this.jsonLines = jsonLines;
        this.csv = csv;
        this.closeJsonLines = closeJsonLines;
    }

    /** Writes to a stream the caller owns (standard output), and optionally a CSV file, replaced. */
    public static BatchOutput toStream(OutputStream jsonLines, Path csv) throws IOException {
        if (jsonLines == null) {
            throw new IllegalArgumentException("jsonLines must not be null");
        }
        return new BatchOutput(jsonLines, csv == null ? null : newCsv(csv), false);
    }

    /** Creates (or replaces) the output file, and the CSV file if one is given. */
    public static BatchOutput create(Path jsonLines, Path csv) throws IOException {
        OutputStream out = Files.newOutputStream(jsonLines);
        try {
            return new BatchOutput(out, csv == null ? null : newCsv(csv), true);
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    /**
     * Continues an output file that {@link ResumePoint#repair(Path)} has made whole. The CSV, if any, is
     * rebuilt from the records already in it: it may have lost rows, or have rows of a record the JSON
     * Lines file never got, and it is small beside the work saved.
     */
    public static BatchOutput resume(Path jsonLines, ResumePoint point, Path csv) throws IOException {
        OutputStream csvOut = null;
        if (csv != null) {
            csvOut = newCsv(csv);
        }
        if (csvOut != null && point.records() > 0) {
            try (BufferedReader kept = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
                for (long i = 0; i < point.records(); i++) {
                    csvOut.write(QuoteCsv.rows(kept.readLine()).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                csvOut.close();
                throw e;
            }
            csvOut.flush();
        }
        OutputStream out = Files.newOutputStream(jsonLines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new BatchOutput(out, csvOut, true);
    }

    private static OutputStream newCsv(Path csv) throws IOException {
        OutputStream out = Files.newOutputStream(csv);
        out.write(QuoteCsv.header().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** Writes one record's line, and its rows in the CSV. */
    void write(String json) throws IOException {
        byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
        jsonLines.write(line);
        jsonLines.flush();
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
