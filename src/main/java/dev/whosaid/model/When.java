package dev.whosaid.model;

/**
 * When a statement was made: {@code value} is an ISO-8601 date or part of one ("2020-09-02",
 * "2020-06"), {@code text} the words it was read from.
 */
public record When(String value, String text, int start, int end) {
}
