package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a batch writes in place of an analysis when a record cannot be analysed:
 * {@code {"id": …, "error": {"code": …, "message": …}}}, so that no input line goes missing.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorRecord(String id, Error error) {

    public record Error(String code, String message) {
    }

    public static ErrorRecord of(String id, ErrorCode code, String detail) {
        String message = detail == null ? code.message() : code.message() + ": " + detail;
        return new ErrorRecord(id, new Error(code.name(), message));
    }

    public String toJson() {
        return Json.write(this, false);
    }
}
