package dev.whosaid.normalize;

import dev.whosaid.gazetteer.NameSpan;
import dev.whosaid.model.Correction;
import dev.whosaid.model.Warning;

import java.util.List;

/**
 * The repaired text of one document, with the way back to the original: {@link #toOriginal} maps any
 * span of {@link #text()} to the span of the input it came from.
 */
public final class NormalizedText {
    private final String original;
    private final MappedText mapped;
    private final List<Correction> corrections;
    private final List<Warning> warnings;
    private final List<NameSpan> names;

    NormalizedText(String original, MappedText mapped, List<Correction> corrections, List<Warning> warnings,
                   List<NameSpan> names) {
        this.original = original;
        this.mapped = mapped;
        this.corrections = List.copyOf(corrections);
        this.warnings = List.copyOf(warnings);
        this.names = List.copyOf(names);
    }

    /** Names that repair identified in {@link #text()}, with their gazetteer types. */
    public List<NameSpan> names() {
        return names;
    }

    public String original() {
        return original;
    }

    public String text() {
        return mapped.text();
    }

    /** The original span {@code [start, end)} that {@code [from, to)} of the repaired text came from. */
    public int[] toOriginal(int from, int to) {
        return mapped.toOriginal(from, to);
    }

    public List<Correction> corrections() {
        return corrections;
    }

    public List<Warning> warnings() {
        return warnings;
    }
}
