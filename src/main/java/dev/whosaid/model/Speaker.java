package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who a quote is attributed to. {@code mention} is the words that introduce the quote ("he" in
 * "he warned"); {@code entity} and {@code name} are absent when they are not known, never "Unknown".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Speaker(String entity, String name, Mention mention) {
}
