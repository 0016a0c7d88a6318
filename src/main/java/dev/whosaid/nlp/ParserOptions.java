package dev.whosaid.nlp;

/**
 * What the CoreNLP pipeline is asked to do. Equal options share one loaded pipeline per JVM.
 *
 * @param maxSentenceTokens sentences longer than this are not tagged or parsed (run-on debris)
 */
public record ParserOptions(int maxSentenceTokens) {
    public static final ParserOptions DEFAULT = new ParserOptions(250);

    public ParserOptions {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
    }
}
