package dev.whosaid.nlp;

/**
 * One token of the analysed text. {@code start}/{@code end} are offsets into the text that was parsed;
 * {@code index} counts tokens across the whole document; {@code ner} is "O" outside named entities.
 */
public record Token(int index, int sentence, String word, String lemma, String pos, String ner, int start, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isPronoun() {
        return pos.equals("PRP");
    }

    public boolean isPunctuation() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }
}
