package dev.whosaid.gazetteer;

import dev.whosaid.nlp.NameGender;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words and common first names. A token that is one of them ("bullock", "Kelly") is
 * probably not damage, so repairing it takes more evidence than repairing "mcnaney".
 */
public final class Lexicon {
    private static final String WORDS = "/dev/whosaid/models/english-words.txt";

    private static final Lexicon DEFAULT = new Lexicon();

    private final Set<String> words;
    private final Set<String> properNames;

    private Lexicon() {
        Set<String> lower = new HashSet<>();
        Set<String> proper = new HashSet<>();
        for (String w : Gazetteer.resourceLines(WORDS)) {
            (Character.isUpperCase(w.charAt(0)) ? proper : lower).add(w.toLowerCase(Locale.ROOT));
        }
        words = Set.copyOf(lower);
        properNames = Set.copyOf(proper);
    }

    public static Lexicon defaultLexicon() {
        return DEFAULT;
    }

    /** Whether the lower-cased word is an ordinary English word ("bullock", "trump", "union"). */
    public boolean isWord(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a proper name a dictionary lists ("American", "Senate", "Flowers"). */
    public boolean isProperName(String word) {
        return properNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a common first name ("Kelly", "Dan"). */
    public boolean isFirstName(String word) {
        return NameGender.isFirstName(word); // the list pronoun resolution already loaded
    }
}
