package dev.whosaid.normalize;

import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.Warning;
import dev.whosaid.model.WarningCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Collects corrections and warnings, in original coordinates, while one document is normalized. */
final class EditLog {
    /** Warnings past this many are counted, not kept: a hostile text must not make the output explode. */
    static final int MAX_WARNINGS = 200;

    private final String original;
    private final List<Correction> corrections = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int droppedWarnings;

    EditLog(String original) {
        this.original = original;
    }

    void correction(int start, int end, String replacement, CorrectionKind kind, double confidence, String evidence) {
        corrections.add(new Correction(start, end, original.substring(start, end), replacement, kind, confidence,
                evidence));
    }

    void warn(WarningCode code, int start, int end) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(Warning.at(code, start, end));
        } else {
            droppedWarnings++;
        }
    }

    void warnDocument(WarningCode code, String detail) {
        warnings.add(Warning.document(code, detail));
    }

    /**
     * The corrections in text order, at most {@code max} of them: past it neighbours are merged (see
     * {@link CorrectionMerger}) and a warning says so.
     */
    List<Correction> corrections(MappedText repaired, int max) {
        List<Correction> sorted = new ArrayList<>(corrections);
        sorted.sort(Comparator.comparingInt(Correction::start).thenComparingInt(Correction::end));
        List<Correction> merged = CorrectionMerger.merge(sorted, original, repaired, max);
        if (merged.size() < sorted.size()) {
            warnDocument(WarningCode.W015, String.format(Locale.ROOT, "%,d corrections merged into %,d",
                    sorted.size(), merged.size()));
        }
        return merged;
    }

    List<Warning> warnings() {
        List<Warning> all = new ArrayList<>(warnings);
        if (droppedWarnings > 0) {
            all.add(Warning.document(WarningCode.W008, droppedWarnings + " not listed"));
        }
        return all;
    }
}
