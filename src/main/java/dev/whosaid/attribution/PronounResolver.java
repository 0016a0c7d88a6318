package dev.whosaid.attribution;

import dev.whosaid.nlp.NameGender;

import java.util.Locale;
import java.util.Set;

/**
 * Resolves a speaker pronoun to an entity the document has named. CoreNLP's coreference is the
 * slowest part of its pipeline and, in its rule-based form, only resolves sentence-initial pronouns;
 * for speakers a salience rule does well: the most recent entity of the right kind that was the
 * subject of a clause (speakers are subjects), else the most recent one at all, looking back a few
 * sentences and never into quoted text (a name inside a quote is rarely the one who goes on talking).
 */
final class PronounResolver {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> COLLECTIVE = Set.of("it", "they", "them", "we");
    private static final int WINDOW_SENTENCES = 8;

    private PronounResolver() {
    }

    static boolean isResolvable(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PERSONAL.contains(w) || COLLECTIVE.contains(w);
    }

    /** The entity the pronoun at {@code token} refers to, or null. */
    static Cluster resolve(DocumentView doc, int token) {
        String w = doc.token(token).word().toLowerCase(Locale.ROOT);
        boolean person = PERSONAL.contains(w);
        if (!person && !COLLECTIVE.contains(w)) {
            return null;
        }
        int sentence = doc.token(token).sentence();
        Cluster anyRecent = null;
        for (int i = token - 1; i >= 0; i--) {
            if (sentence - doc.token(i).sentence() > WINDOW_SENTENCES) {
                break;
            }
            Cluster c = doc.clusterAt(i);
            if (c == null || doc.inQuote(i) || !fits(c, person) || !agrees(c, w)) {
                continue;
            }
            if (doc.isSubject(i)) {
                return c;
            }
            if (anyRecent == null) {
                anyRecent = c;
            }
        }
        return anyRecent;
    }

    /** A "she" does not refer to a man named Mark, nor a "he" to a woman named Angela. */
    private static boolean agrees(Cluster c, String pronoun) {
        String name = c.name();
        if (name == null || !c.type.equals("PERSON")) {
            return true;
        }
        NameGender.Gender g = NameGender.of(name.split("[\\s.]+")[0]);
        boolean female = pronoun.equals("she") || pronoun.equals("her");
        return g == NameGender.Gender.UNKNOWN || (g == NameGender.Gender.FEMALE) == female;
    }

    private static boolean fits(Cluster c, boolean person) {
        // "they" can stand for several people too, but one person entity cannot be "they".
        return c.type.equals(person ? "PERSON" : "ORGANIZATION");
    }
}
