package dev.whosaid.gazetteer;

/**
 * One repair of a damaged name, in the coordinates of the text it was found in: {@code [start, end)}
 * becomes {@code replacement}.
 *
 * @param confidence between 0 and 1
 * @param evidence   why, in words a journalist can check
 * @param nameStart  where the whole name the repair belongs to starts ("fatu Bensouda" for "fatu")
 * @param nameEnd    where that name ends
 * @param type       the gazetteer type of that name (PERSON, ORGANIZATION, LOCATION), or null when the
 *                   repair rests on the document alone
 */
public record NameRepair(int start, int end, String original, String replacement, double confidence,
                         String evidence, int nameStart, int nameEnd, String type) {
}
