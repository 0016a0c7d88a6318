package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something odd in the input that the analysis survived. {@code start}/{@code end} (original
 * offsets) are absent when the warning concerns the whole document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String message, Integer start, Integer end) {

    public static Warning at(WarningCode code, int start, int end) {
        return new Warning(code.code(), code.message(), start, end);
    }

    public static Warning document(WarningCode code, String detail) {
        String message = detail == null ? code.message() : code.message() + ": " + detail;
        return new Warning(code.code(), message, null, null);
    }
}
