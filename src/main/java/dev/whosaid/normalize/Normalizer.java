package dev.whosaid.normalize;

import dev.whosaid.model.WarningCode;

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

    public NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "text");
        EditLog log = new EditLog(original);
        if (original.isBlank()) {
            log.warnDocument(WarningCode.W001, null);
        }
        MappedText current = MappedText.identity(original);
        for (NormalizationStep step : STEPS) {
            current = step.apply(current, log);
        }
        return new NormalizedText(original, current, log.corrections(), log.warnings());
    }
}
