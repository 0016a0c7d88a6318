package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One attributed statement. {@code start}/{@code end} cover the quoted content in the original text,
 * without the outer quotation marks; {@code text} is that content after normalization.
 * {@code speaker}, {@code cue} and {@code when} are absent when unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "text", "start", "end", "speaker", "cue", "about", "when", "confidence"})
public record Quote(String id, QuoteKind kind, String text, int start, int end, Speaker speaker, Mention cue,
                    List<String> about, When when, double confidence) {
    public Quote {
        about = List.copyOf(about);
    }
}
