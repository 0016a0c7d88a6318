package dev.whosaid.nlp;

/** A sentence as a range of document token indices, {@code [firstToken, endToken)}, and of characters. */
public record Sentence(int index, int firstToken, int endToken, int start, int end) {
}
