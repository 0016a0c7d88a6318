package dev.whosaid.nlp;

/** A Universal Dependencies relation between two document token indices; {@code governor} is -1 for the root. */
public record Dependency(int governor, String relation, int dependent) {
}
