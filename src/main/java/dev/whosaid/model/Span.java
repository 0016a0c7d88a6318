package dev.whosaid.model;

import java.util.Objects;

/**
 * A stretch of the original input: {@code text.substring(start, end)} is exactly {@link #text()}.
 * Offsets are Java {@code String} (UTF-16) indices, {@code end} exclusive.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span: bad offsets " + start + ".." + end);
        }
        Objects.requireNonNull(text, "text");
    }

    /** The span of {@code original} between {@code start} and {@code end}. */
    public static Span of(String original, int start, int end) {
        return new Span(start, end, original.substring(start, end));
    }
}
