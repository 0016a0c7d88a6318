package dev.whosaid.attribution;

import dev.whosaid.nlp.NameGender;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    /** Resolved for what a quote is about ("her emails"), never taken for a speaker. */
    private static final Set<String> POSSESSIVE = Set.of("his", "hers");
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
        boolean person = PERSONAL.contains(w) || POSSESSIVE.contains(w);
        if (!person && !COLLECTIVE.contains(w)) {
            return null;
        }
        int sentence = doc.token(token).sentence();
        Cluster anyRecent = null;
        // a person's gender reads all their mentions: decide it once per person, not once per token of theirs
        Map<Cluster, Boolean> agreement = new HashMap<>();
        for (int i = token - 1; i >= 0; i--) {
            if (sentence - doc.token(i).sentence() > WINDOW_SENTENCES) {
                break;
            }
            Cluster c = doc.clusterAt(i);
            if (c == null || doc.inQuote(i) || !fits(c, person)
                    || !agreement.computeIfAbsent(c, x -> agrees(doc, x, w))) {
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

    /** A "she" does not refer to a man named Mark, nor a "he" to a woman named Angela or called Mrs. Clinton. */
    private static boolean agrees(DocumentView doc, Cluster c, String pronoun) {
        if (!c.type.equals("PERSON") || !PERSONAL.contains(pronoun) && !POSSESSIVE.contains(pronoun)) {
            return true;
        }
        NameGender.Gender g = genderOf(doc, c);
        boolean female = pronoun.equals("she") || pronoun.equals("her") || pronoun.equals("hers");
        return g == NameGender.Gender.UNKNOWN || (g == NameGender.Gender.FEMALE) == female;
    }

    /**
     * A person's gender as the document shows it: a first name of known gender in any of its full
     * names, or an honorific before a name ("Mr. Obama", "Mrs. Clinton"), each worth three of the
     * pronouns already resolved to them. Unknown when nothing shows it or the evidence is even.
     */
    static NameGender.Gender genderOf(DocumentView doc, Cluster c) {
        int male = 0;
        int female = 0;
        for (Cluster.MentionRef m : c.mentions) {
            NameGender.Gender g = NameGender.Gender.UNKNOWN;
            if (m.kind() == Cluster.MentionKind.NAME) {
                // only a name of two words or more starts with a first name: "Clinton" alone is no "Clinton Smith"
                String[] words = m.text().split("[\\s.]+");
                g = words.length > 1 ? NameGender.of(words[0]) : NameGender.Gender.UNKNOWN;
                if (g == NameGender.Gender.UNKNOWN && m.firstToken() > 0) {
                    g = HONORIFICS.getOrDefault(doc.token(m.firstToken() - 1).word().toLowerCase(Locale.ROOT),
                            NameGender.Gender.UNKNOWN);
                }
            } else if (m.kind() == Cluster.MentionKind.PRONOUN) {
                String w = m.text().toLowerCase(Locale.ROOT);
                g = w.equals("he") || w.equals("him") || w.equals("his") ? NameGender.Gender.MALE
                        : w.equals("she") || w.equals("her") || w.equals("hers") ? NameGender.Gender.FEMALE
                        : NameGender.Gender.UNKNOWN;
            }
            male += g == NameGender.Gender.MALE ? (m.kind() == Cluster.MentionKind.NAME ? 3 : 1) : 0;
            female += g == NameGender.Gender.FEMALE ? (m.kind() == Cluster.MentionKind.NAME ? 3 : 1) : 0;
        }
        return male > female ? NameGender.Gender.MALE
                : female > male ? NameGender.Gender.FEMALE : NameGender.Gender.UNKNOWN;
    }

    private static final Map<String, NameGender.Gender> HONORIFICS = Map.of(
            "mr.", NameGender.Gender.MALE, "mr", NameGender.Gender.MALE, "sir", NameGender.Gender.MALE,
            "mrs.", NameGender.Gender.FEMALE, "mrs", NameGender.Gender.FEMALE, "ms.", NameGender.Gender.FEMALE,
            "ms", NameGender.Gender.FEMALE, "miss", NameGender.Gender.FEMALE, "dame", NameGender.Gender.FEMALE);

    private static boolean fits(Cluster c, boolean person) {
        // "they" can stand for several people too, but one person entity cannot be "they".
        return c.type.equals(person ? "PERSON" : "ORGANIZATION");
    }
}
