package dev.whosaid.nlp;

/**
 * A named-entity or time mention found by the tagger: {@code type} is the coarse tag (PERSON,
 * ORGANIZATION, LOCATION, MISC, DATE, …); {@code normalized} is SUTime's value for times ("2020-09-02"),
 * else null. Tokens {@code [firstToken, endToken)}, characters {@code [start, end)}.
 */
public record NamedMention(String type, int firstToken, int endToken, int start, int end, String text,
                           String normalized) {
}
