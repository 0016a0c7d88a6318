package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of damage a correction repairs. */
public enum CorrectionKind {
    /** HTML tags, entities and the debris a broken HTML conversion leaves ("&lt; p &gt;"). */
    MARKUP("markup"),
    /** Quotation marks: wrong glyph, wrong side, missing partner, stray spaces inside. */
    QUOTE_MARK("quote-mark"),
    /** Runs of blanks, control characters, odd space characters. */
    SPACING("spacing"),
    /** Letter case, e.g. a paragraph that starts in lower case. */
    CASING("casing"),
    /** A damaged name replaced by its right form. */
    NAME("name"),
    /**
     * Neighbouring corrections of different kinds, merged into one because a text had more than the
     * limit (warning {@code W015}); the evidence counts the kinds.
     */
    MIXED("mixed");

    private final String json;

    CorrectionKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
