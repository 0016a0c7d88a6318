package dev.whosaid.bench;

import java.time.LocalDate;

/** One document of a benchmark corpus; {@code tokens} is CoreNLP's token count, the same for both systems. */
public record BenchDocument(String id, String text, LocalDate date, int tokens) {
}
