package dev.whosaid.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each word is written across one document: how often capitalised where a capital means a name
 * (not at a sentence start), how often in lower case, and its usual capitalised form. The document is
 * its own best dictionary: "ponpeo" next to three "Pompeo"s is damage.
 */
final class DocumentNames {
    private final Map<String, Integer> capitalisedMidSentence = new HashMap<>();
    private final Map<String, Integer> all = new HashMap<>();
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();

    DocumentNames(List<TextToken> tokens) {
        for (TextToken t : tokens) {
            all.merge(t.folded(), 1, Integer::sum);
            if (t.capitalised() && !t.sentenceStart() && !t.embedded()) {
                capitalisedMidSentence.merge(t.folded(), 1, Integer::sum);
                forms.computeIfAbsent(t.folded(), k -> new HashMap<>()).merge(t.text(), 1, Integer::sum);
            }
        }
    }

    /** Times the word is written with a capital in mid-sentence. */
    int capitalised(String folded) {
        return capitalisedMidSentence.getOrDefault(folded, 0);
    }

    /** Times the word occurs, however written. */
    int count(String folded) {
        return all.getOrDefault(folded, 0);
    }

    /** The word's most frequent capitalised form in mid-sentence, or null. */
    String capitalisedForm(String folded) {
        Map<String, Integer> f = forms.get(folded);
        return f == null ? null : f.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    /** Words written with a capital in mid-sentence: the document's own names. */
    Iterable<String> names() {
        return capitalisedMidSentence.keySet();
    }
}
