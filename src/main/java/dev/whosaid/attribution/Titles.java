package dev.whosaid.attribution;

import dev.whosaid.nlp.ParsedText;
import dev.whosaid.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The titles a document gives the people it names, wherever they are named, and the person a title
 * alone refers to. A title is a role noun and its modifiers next to a name: before it ("Foreign
 * Minister Stef Blok", "White House press secretary Kayleigh McEnany") or in apposition ("Stef Blok,
 * the Dutch foreign minister,", "the Dutch foreign minister, Stef Blok,").
 */
final class Titles {
    private Titles() {
    }

    /** Adds to every person in the document the titles found beside its names. */
    static void collect(DocumentView doc) {
        for (Cluster c : doc.clusters) {
            if (!c.type.equals("PERSON")) {
                continue;
            }
            for (Cluster.MentionRef m : List.copyOf(c.mentions)) {
                if (m.kind() == Cluster.MentionKind.NAME && !doc.inQuote(m.firstToken())) {
                    String before = titleBefore(doc, m.firstToken());
                    if (before != null) {
                        c.titles.add(before);
                    }
                    String appos = titleInApposition(doc, m);
                    if (appos != null) {
                        c.titles.add(appos);
                    }
                }
            }
        }
    }

    /**
     * "Foreign Minister Stef Blok": the run of nouns and adjectives right before the name that ends in a
     * role noun, names of organisations and places included ("White House press secretary").
     */
    private static String titleBefore(DocumentView doc, int nameStart) {
        int role = nameStart - 1;
        if (role < 0 || !doc.token(role).isNoun() || !Roles.isPersonNoun(doc.token(role).lemma())
                || doc.mentionAt(role) != null && doc.clusterAt(role).type.equals("PERSON")) {
            return null;
        }
        int first = role;
        while (first > 0 && nameStart - first < 8) {
            Token t = doc.token(first - 1);
            Cluster c = doc.clusterAt(first - 1);
            boolean modifier = t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("NNPS");
            if (!modifier || c != null && c.type.equals("PERSON") || doc.inQuote(first - 1)) {
                break;
            }
            first--;
        }
        return doc.text(first, nameStart);
    }

    /** "Stef Blok, the Dutch foreign minister," or "the Dutch foreign minister, Stef Blok,": the role. */
    private static String titleInApposition(DocumentView doc, Cluster.MentionRef m) {
        ParsedText p = doc.parsed;
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            int h = p.head(i);
            boolean outside = h < m.firstToken() || h >= m.endToken();
            if (outside && p.relation(i).equals("appos") && h >= 0 && isRole(doc, h)) {
                return roleWords(doc, h); // the role first, the name in apposition
            }
            for (int c : p.children(i)) {
                if ((c < m.firstToken() || c >= m.endToken()) && p.relation(c).equals("appos") && isRole(doc, c)) {
                    return roleWords(doc, c); // the name first, the role in apposition
                }
            }
        }
        return null;
    }

    private static boolean isRole(DocumentView doc, int token) {
        Token t = doc.token(token);
        return t.isNoun() && Roles.isPersonNoun(t.lemma()) && doc.mentionAt(token) == null && !doc.inQuote(token);
    }

    /**
     * The role's words up to its noun, without determiner or possessive: "the Dutch foreign minister"
     * gives "Dutch foreign minister"; what follows the noun ("of finance") is left out, short and safe.
     */
    private static String roleWords(DocumentView doc, int head) {
        int first = SpeakerFinder.nounPhrase(doc.parsed, head)[0];
        int end = head + 1;
        while (first < end && (doc.token(first).pos().equals("DT") || doc.token(first).pos().equals("PRP$")
                || doc.token(first).isPunctuation())) {
            first++;
        }
        return first < end ? doc.text(first, end) : null;
    }

    /**
     * The person the document named before {@code description} ("the prosecutor", "the Dutch foreign
     * minister") who holds that role, by the document's titles or the gazetteer's posts: the one whose
     * titles share most words with the description, the most recently mentioned among equals; null if
     * none holds it.
     */
    static Cluster holderOf(DocumentView doc, int roleHead, Cluster.MentionRef description) {
        String role = doc.token(roleHead).lemma().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (int i = description.firstToken(); i < description.endToken(); i++) {
            if (!doc.token(i).pos().equals("DT")) {
                words.add(doc.token(i).lemma().toLowerCase(Locale.ROOT));
            }
        }
        Cluster best = null;
        int bestShared = 0;
        int bestLast = -1;
        for (Cluster c : doc.clusters) {
            if (!c.type.equals("PERSON")) {
                continue;
            }
            List<String> titles = new ArrayList<>(c.titles);
            if (c.link != null) {
                titles.addAll(c.link.titles());
            }
            int shared = 0;
            for (String title : titles) {
                List<String> titleWords = List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
                if (titleWords.contains(role) || titleWords.contains(role + "s")) {
                    shared = Math.max(shared, (int) words.stream().filter(titleWords::contains).count() + 1);
                }
            }
            int last = c.mentions.stream().filter(m -> m.start() < description.start() && m.kind() != Cluster.MentionKind.DESCRIPTION)
                    .mapToInt(Cluster.MentionRef::start).max().orElse(-1);
            if (shared == 0 || last < 0) {
                continue;
            }
            if (shared > bestShared || shared == bestShared && last > bestLast) {
                best = c;
                bestShared = shared;
                bestLast = last;
            }
        }
        return best;
    }
}
