package dev.whosaid.normalize;

import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.gazetteer.NameSpan;
import dev.whosaid.model.Correction;
import dev.whosaid.model.WarningCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Repairs the damage that broken converters and machine translation leave in news text, logging every
 * edit so that offsets can be mapped back. Stateless and thread-safe.
 */
public final class Normalizer {
    // Order matters: markup must go before quote pairing (a paragraph tag ends a quote's paragraph),
    // and spacing before casing (casing looks at paragraph starts).
    private static final List<NormalizationStep> STEPS = List.of(new ControlCharacterStep(), new MarkupStep(),
            new QuoteMarkStep(), new SpacingStep(), new ParagraphCasingStep());

    /** Corrections one text reports at most, by default: a long, badly damaged article has a few hundred. */
    public static final int DEFAULT_MAX_CORRECTIONS = 10_000;

    private final NameRepairStep names;
    private final int maxCorrections;

    /** A normalizer that repairs markup, marks, spacing and casing, but not names. */
    public Normalizer() {
        this(null, DEFAULT_MAX_CORRECTIONS);
    }

    /** A normalizer that also repairs damaged names, with this repairer's gazetteer. */
    public Normalizer(NameRepairer names) {
        this(new NameRepairStep(Objects.requireNonNull(names, "names")), DEFAULT_MAX_CORRECTIONS);
    }

    private Normalizer(NameRepairStep names, int maxCorrections) {
        this.names = names;
        this.maxCorrections = maxCorrections;
    }

    /**
     * This normalizer, reporting at most {@code max} corrections per text: past it, neighbouring
     * corrections are merged into one that spans them (with a warning {@code W015}), so that a text of
     * 100,000 stray marks does not give 100,000 corrections. Every change stays inside a reported span.
     */
    public Normalizer withMaxCorrections(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxCorrections must be at least 1, was " + max);
        }
        return new Normalizer(names, max);
    }

    public NormalizedText normalize(String original) {
        return normalize(original, null);
    }

    /**
     * Normalizes a document published on {@code date} (or null): the date decides which posts a
     * name's candidates held, when a title nearby is evidence for a repair.
     */
    public NormalizedText normalize(String original, LocalDate date) {
        Objects.requireNonNull(original, "text");
        EditLog log = new EditLog(original);
        if (isBlank(original)) {
            log.warnDocument(WarningCode.W001, null);
        }
        MappedText current = MappedText.identity(original);
        for (NormalizationStep step : STEPS) {
            current = step.apply(current, log);
        }
        List<NameSpan> repairedNames = new ArrayList<>();
        if (names != null) {
            current = names.apply(current, log, date, repairedNames);
        }
        List<Correction> corrections = log.corrections(current, maxCorrections); // before warnings(): may add W015
        return new NormalizedText(original, current, corrections, log.warnings(), repairedNames);
    }

    /**
     * Whether a text is nothing but white space of any kind: Java's {@code isBlank} misses the no-break
     * and ideographic spaces and the byte-order mark, which pasted and converted text is full of.
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
