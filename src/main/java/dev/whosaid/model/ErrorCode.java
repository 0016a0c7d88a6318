package dev.whosaid.model;

/** Stable codes for records that could not be analysed at all. */
public enum ErrorCode {
    E001("not valid JSON"),
    E002("no text: the record needs a string field 'text'"),
    E003("bad date: expected YYYY-MM-DD"),
    E004("the record is not a JSON object"),
    E005("cannot read the input"),
    E006("bad id: expected a string or a number"),
    E007("binary data, not text"),
    E008("record over the size limit"),
    E009("analysis over the time limit"),
    E900("internal error");

    private final String message;

    ErrorCode(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
