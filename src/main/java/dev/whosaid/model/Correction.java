package dev.whosaid.model;

/**
 * One edit the normalizer made, or, past the limit on corrections, several neighbouring ones merged
 * (warning {@code W015}). {@code start}/{@code end} point into the original input; {@code original} is
 * the text found there and {@code replacement} what the analysis used instead.
 */
public record Correction(int start, int end, String original, String replacement, CorrectionKind kind,
                         double confidence, String evidence) {
}
