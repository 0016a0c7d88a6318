package dev.whosaid.nlp;

/**
 * What the CoreNLP pipeline is asked to do. Equal options share one loaded pipeline per JVM.
 *
 * @param maxSentenceTokens    sentences longer than this are not tagged or parsed (run-on debris)
 * @param datesInEverySentence SUTime reads every sentence whole, as in CoreNLP, not only the words near a
 *                             number or a word of time ({@link DateTagger}): slower, and on the dev split
 *                             no more accurate
 */
public record ParserOptions(int maxSentenceTokens, boolean datesInEverySentence) {
    public static final ParserOptions DEFAULT = new ParserOptions(250, false);

    public ParserOptions {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
    }
}
