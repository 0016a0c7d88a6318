package dev.whosaid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import dev.whosaid.model.Analysis;

/**
 * The one whosaid (and so the one CoreNLP pipeline, with the real models) that every test in this JVM
 * shares: loading it takes seconds and over a gigabyte, so no test builds its own.
 */
public final class TestPipeline {
    public static final Path SEED = Path.of("testdata/news/icc-sanctions-mt.txt");
    public static final LocalDate SEED_DATE = LocalDate.of(2020, 9, 3);

    private static final WhoSaid WHOSAID = WhoSaid.create();
    private static volatile Analysis seed;

    private TestPipeline() {
    }

    public static WhoSaid whosaid() {
        return WHOSAID;
    }

    /** The seed article's analysis, computed once. */
    public static Analysis seed() {
        if (seed == null) {
            synchronized (TestPipeline.class) {
                if (seed == null) {
                    seed = WHOSAID.analyze("icc-sanctions-mt", seedText(), SEED_DATE);
                }
            }
        }
        return seed;
    }

    public static String seedText() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
