package dev.whosaid.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each word is written across one document: how often capitalised where a capital means a name
 * (mid-sentence, or anywhere for a word that is no ordinary word), how often at all, and its usual
 * capitalised form. The document is
 * its own best dictionary: "ponpeo" next to three "Pompeo"s is damage.
 */
final class DocumentNames {
    private final Map<String, Integer> capitalisedMidSentence = new HashMap<>();
    private final Map<String, Integer> all = new HashMap<>();
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();

    /**
     * @param ordinaryWord whether a folded word is an ordinary English word: only for those does a capital
     *                     at a sentence start prove nothing ("The"); "Clinton" is a name wherever it stands
     */
    DocumentNames(List<TextToken> tokens, java.util.function.Predicate<String> ordinaryWord) {
        for (TextToken t : tokens) {
            all.merge(t.folded(), 1, Integer::sum);
            if (t.capitalised() && !t.embedded() && (!t.sentenceStart() || !ordinaryWord.test(t.folded()))) {
                capitalisedMidSentence.merge(t.folded(), 1, Integer::sum);
                forms.computeIfAbsent(t.folded(), k -> new HashMap<>()).merge(t.text(), 1, Integer::sum);
            }
        }
    }

    /** Times the word is written with a capital where that marks a name. */
    int capitalised(String folded) {
        return capitalisedMidSentence.getOrDefault(folded, 0);
    }

    /** Times the word occurs, however written. */
    int count(String folded) {
        return all.getOrDefault(folded, 0);
    }

    /** The word's most frequent capitalised form where that marks a name, or null. */
    String capitalisedForm(String folded) {
        Map<String, Integer> f = forms.get(folded);
        return f == null ? null : f.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    /** Words written with a capital where that marks a name: the document's own names. */
    Iterable<String> names() {
        return capitalisedMidSentence.keySet();
    }
}
