package dev.whosaid.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's names by spelling keys, so that the names one or two letters from a word are found
 * without comparing the word with every name: two words one edit apart share the word with one letter
 * dropped (or one is the other with a letter dropped); two edits apart with the same consonants, the
 * consonant skeleton.
 */
final class VariantIndex {
    private final Map<String, List<String>> byKey = new HashMap<>();

    VariantIndex(Iterable<String> names) {
        for (String n : names) {
            for (String k : keys(n)) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(n);
            }
        }
    }

    /** Names that may be within two edits of {@code word}; the caller measures the distance. */
    Set<String> lookup(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys(word)) {
            out.addAll(byKey.getOrDefault(k, List.of()));
        }
        return out;
    }

    private static Set<String> keys(String w) {
        Set<String> keys = new LinkedHashSet<>();
        if (w.length() > TextToken.MAX_WORD) {
            return keys;
        }
        keys.add("d:" + w);
        for (int i = 0; i < w.length(); i++) {
            keys.add("d:" + w.substring(0, i) + w.substring(i + 1));
        }
        if (w.length() >= 7) {
            keys.add("s:" + NameKeys.skeleton(w));
        }
        return keys;
    }
}
