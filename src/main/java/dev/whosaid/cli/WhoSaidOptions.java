package dev.whosaid.cli;

import dev.whosaid.WhoSaid;
import dev.whosaid.normalize.Normalizer;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The analysis options that {@code analyze} and {@code convert} share. */
final class WhoSaidOptions {
    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "A gazetteer file of your own (format: models/gazetteer/README.md), added to the shipped one. Repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--no-name-repair", description = "Leave names as written (no repair of damaged names).")
    boolean noNameRepair;

    @Option(names = "--dates-every-sentence",
            description = "Look for dates in every sentence whole, not only near a number or a word of time (slower).")
    boolean datesEverySentence;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Seconds one text may take; past them it gets no quotes and a warning W012"
                    + " (convert: an error line E009). 0 for no limit (default: 300).")
    int timeLimit = 300;

    @Option(names = "--max-quotes", paramLabel = "N",
            description = "Quotes one text reports at most; the first are kept, with a warning W013 (default: 5000).")
    int maxQuotes = 5_000;

    @Option(names = "--max-entities", paramLabel = "N",
            description = "Entities one text reports at most, with a warning W014 past it (default: 10000).")
    int maxEntities = 10_000;

    @Option(names = "--max-corrections", paramLabel = "N",
            description = "Corrections one text reports at most; past it neighbouring ones are merged, with a"
                    + " warning W015 (default: 10000).")
    int maxCorrections = Normalizer.DEFAULT_MAX_CORRECTIONS;

    /** A whosaid with these options; a malformed gazetteer throws with its file and line. */
    WhoSaid build() {
        return builder().build();
    }

    /** A builder set to these options; bad numbers throw, naming the option. */
    WhoSaid.Builder builder() {
        if (timeLimit < 0) {
            throw new IllegalArgumentException("--time-limit must be 0 (no limit) or more seconds, was " + timeLimit);
        }
        WhoSaid.Builder b = WhoSaid.builder().nameRepair(!noNameRepair)
                .datesInEverySentence(datesEverySentence)
                .timeLimit(timeLimit <= 0 ? null : Duration.ofSeconds(timeLimit))
                .maxQuotes(maxQuotes).maxEntities(maxEntities)
                .maxCorrections(maxCorrections);
        gazetteers.forEach(b::gazetteer);
        return b;
    }
}
