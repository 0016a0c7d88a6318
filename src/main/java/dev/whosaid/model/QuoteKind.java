package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a statement is reported. */
public enum QuoteKind {
    /** Inside quotation marks. */
    DIRECT("direct"),
    /** Reported speech without quotation marks. */
    INDIRECT("indirect"),
    /** Reported speech that contains a quoted fragment. */
    MIXED("mixed");

    private final String json;

    QuoteKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
