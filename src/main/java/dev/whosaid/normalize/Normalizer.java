package dev.whosaid.normalize;

import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.gazetteer.NameSpan;
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

    private final NameRepairStep names;

    /** A normalizer that repairs markup, marks, spacing and casing, but not names. */
    public Normalizer() {
        this.names = null;
    }

    /** A normalizer that also repairs damaged names, with this repairer's gazetteer. */
    public Normalizer(NameRepairer names) {
        this.names = new NameRepairStep(Objects.requireNonNull(names, "names"));
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
        return new NormalizedText(original, current, log.corrections(), log.warnings(), repairedNames);
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
