package dev.whosaid.model;

/** Stable warning codes: scripts may match on them, so a code never changes its meaning. */
public enum WarningCode {
    W001("empty or blank text"),
    W002("closing quotation mark without an opening one; opening assumed at the start of the sentence"),
    W003("unclosed quotation mark; quote closed at the end of its sentence or paragraph"),
    W004("control or binary characters removed"),
    W005("input is not valid UTF-8; decoded as windows-1252"),
    /** Retired before release; kept so that the number is never reused. */
    W006("unused"),
    W007("text longer than the analysis limit; the rest was not analysed"),
    W008("more warnings than the list keeps; the rest were only counted"),
    W009("the language analysis failed on this text; no entities or quotes were extracted"),
    W010("stray quotation mark with nothing to quote; removed"),
    W011("name repair failed on this text; names were left as written"),
    W012("the analysis ran out of time; no entities or quotes were extracted"),
    W013("more quotes than the limit; the first were kept"),
    W014("more entities than the limit; those the kept quotes name, then the first mentioned, were kept"),
    W015("more corrections than the limit; neighbouring ones were merged, each still giving the span it changed");

    private final String message;

    WarningCode(String message) {
        this.message = message;
    }

    public String code() {
        return name();
    }

    public String message() {
        return message;
    }
}
