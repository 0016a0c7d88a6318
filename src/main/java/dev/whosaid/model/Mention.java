package dev.whosaid.model;

/** Words in the original text that name or refer to an entity. */
public record Mention(int start, int end, String text) {
    public static Mention of(Span span) {
        return new Mention(span.start(), span.end(), span.text());
    }
}
