package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;

/**
 * When a statement was made: {@code value} is an ISO-8601 date or part of one ("2020-09-02",
 * "2020-06"); {@code basis} says where it was read. Read from the text, {@code text}, {@code start} and
 * {@code end} give the words; taken from the document's date, they are absent (null), because no words
 * say it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"value", "basis", "text", "start", "end"})
public record When(String value, Basis basis, String text, Integer start, Integer end) {

    /** Where the date of a statement comes from. */
    public enum Basis {
        /** A date expression in the sentence of the cue: "said on Tuesday". */
        SENTENCE,
        /**
         * An explicit date that governs the statement from nearby: "In June, …" a few sentences before,
         * or the date of the same speaker's statement just before it in the paragraph.
         */
        CONTEXT,
        /** Nothing in the text dates it: the document's date, the latest it can have been made. */
        DOCUMENT;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public When {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        if ((basis == Basis.DOCUMENT) != (text == null) || (text == null) != (start == null)
                || (start == null) != (end == null)) {
            throw new IllegalArgumentException("text, start and end are given exactly when basis is not document");
        }
    }

    /** A date read from the words {@code text} at {@code [start, end)} of the original text. */
    public static When read(String value, Basis basis, String text, int start, int end) {
        return new When(value, basis, text, start, end);
    }

    /** The document's date, for a statement the text does not date. */
    public static When documentDate(String value) {
        return new When(value, Basis.DOCUMENT, null, null, null);
    }
}
