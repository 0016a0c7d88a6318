package dev.whosaid.gazetteer;

/**
 * One repair of a damaged name, in the coordinates of the text it was found in.
 *
 * @param confidence between 0 and 1
 * @param evidence   why, in words a journalist can check
 */
public record NameRepair(int start, int end, String original, String replacement, double confidence,
                         String evidence) {
}
