package dev.whosaid.gazetteer;

/**
 * A name that name repair identified in the repaired text, {@code [start, end)}, with its gazetteer
 * type: the tagger is told, because it often misses a name it has never seen ("O-Gon Kwon").
 */
public record NameSpan(int start, int end, String type) {
}
