package dev.whosaid.attribution;

import dev.whosaid.nlp.ParsedText;
import dev.whosaid.nlp.Token;

import java.util.Locale;

/**
 * Turns the head token of a speaker into the words that name it and the entity they refer to:
 * a named mention as the tagger found it; a pronoun resolved to a named entity; a role with a name in
 * apposition ("the Dutch foreign minister, stef bullock,") as a person with that title; a role alone
 * ("a spokeswoman") as a person named by the role; "the court" as the court the document named.
 */
final class SpeakerMentions {
    private SpeakerMentions() {
    }

    static FoundQuote.SpeakerRef resolve(DocumentView doc, int head) {
        if (isRelative(doc, head)) {
            // "an architect who said …": "who" introduces the speaker, and the architect is who it is
            int antecedent = antecedent(doc, head);
            Token t = doc.token(head);
            if (antecedent < 0) {
                return new FoundQuote.SpeakerRef(t.start(), t.end(), null);
            }
            FoundQuote.SpeakerRef named = resolve(doc, antecedent);
            if (named.cluster() != null) {
                doc.addMention(named.cluster(), new Cluster.MentionRef(t.start(), t.end(), t.word(), head, head + 1,
                        Cluster.MentionKind.PRONOUN));
            }
            return new FoundQuote.SpeakerRef(t.start(), t.end(), named.cluster(), named.nameStart(), named.nameEnd());
        }
        ParsedText p = doc.parsed;
        Token t = doc.token(head);
        Cluster.MentionRef named = doc.mentionAt(head);
        if (named != null) {
            return new FoundQuote.SpeakerRef(named.start(), named.end(), doc.clusterAt(head));
        }
        for (int c : p.children(head)) {
            String rel = p.relation(c);
            Cluster.MentionRef inner = doc.mentionAt(c);
            // "the minister, Stef Blok," and "press secretary Kelly X" name the speaker; in "the Clinton
            // campaign" the name only modifies it, and the campaign speaks.
            boolean namesHead = rel.equals("appos") || rel.equals("flat")
                    || (rel.startsWith("compound") && Roles.isPersonNoun(t.lemma()));
            if (inner != null && namesHead && !doc.clusterAt(c).type.equals("MISC")) {
                Cluster cluster = doc.clusterAt(c);
                addTitle(doc, cluster, head, inner);
                return new FoundQuote.SpeakerRef(inner.start(), inner.end(), cluster);
            }
        }
        if (t.isPronoun()) {
            Cluster c = PronounResolver.resolve(doc, head);
            if (c != null) {
                doc.addMention(c, new Cluster.MentionRef(t.start(), t.end(), t.word(), head, head + 1,
                        Cluster.MentionKind.PRONOUN));
            }
            return new FoundQuote.SpeakerRef(t.start(), t.end(), c);
        }
        int[] np = SpeakerFinder.nounPhrase(p, head);
        if (Roles.isPersonNoun(t.lemma())) {
            return rolePerson(doc, head, np);
        }
        Cluster org = organisationNamedBy(doc, head, np);
        if (org != null) {
            doc.addMention(org, ref(doc, np, Cluster.MentionKind.DESCRIPTION));
        }
        return new FoundQuote.SpeakerRef(doc.token(np[0]).start(), doc.token(np[1] - 1).end(), org);
    }

    /** "who", "which", or "that" as the subject of a relative clause. */
    static boolean isRelative(DocumentView doc, int token) {
        Token t = doc.token(token);
        if (t.pos().equals("WP") || t.pos().equals("WDT")) {
            return true;
        }
        ParsedText p = doc.parsed;
        return t.word().equalsIgnoreCase("that") && p.relation(token).startsWith("nsubj") && p.head(token) >= 0
                && p.relation(p.head(token)).equals("acl:relcl");
    }

    /**
     * The head of the phrase a relative pronoun stands for: the noun its clause modifies ("Marc Morial,
     * the head of the league, who said"), else the nearest noun before it outside quotes; -1 if none.
     */
    static int antecedent(DocumentView doc, int relative) {
        ParsedText p = doc.parsed;
        for (int v = p.head(relative), steps = 0; v >= 0 && steps < 4; v = p.head(v), steps++) {
            if (p.relation(v).equals("acl:relcl")) {
                int h = p.head(v);
                return h >= 0 && !isRelative(doc, h) ? h : -1;
            }
        }
        for (int k = relative - 1; k >= Math.max(0, relative - 15); k--) {
            if (doc.inQuote(k)) {
                break;
            }
            if (doc.token(k).isNoun()) {
                Cluster.MentionRef named = doc.mentionAt(k);
                return named != null ? named.endToken() - 1 : k;
            }
        }
        return -1;
    }

    /** A person named by role, with the name in apposition when there is one. */
    private static FoundQuote.SpeakerRef rolePerson(DocumentView doc, int head, int[] np) {
        ParsedText p = doc.parsed;
        for (int c : p.children(head)) {
            if (p.relation(c).equals("appos") && (p.token(c).isNoun()) && !doc.inQuote(c)) {
                int[] name = SpeakerFinder.nounPhrase(p, c);
                Cluster.MentionRef m = ref(doc, name, Cluster.MentionKind.NAME);
                Cluster person = samePerson(doc, m, true);
                addTitle(doc, person, head, m);
                return new FoundQuote.SpeakerRef(m.start(), m.end(), person);
            }
        }
        Cluster.MentionRef m = ref(doc, np, Cluster.MentionKind.DESCRIPTION);
        boolean definite = doc.token(np[0]).word().equalsIgnoreCase("the");
        Cluster holder = definite ? Titles.holderOf(doc, head, m) : null;
        if (holder != null) {
            // "the prosecutor" after "prosecutor Fatou Bensouda", or a prosecutor by the gazetteer's posts
            doc.addMention(holder, m);
            return new FoundQuote.SpeakerRef(m.start(), m.end(), holder);
        }
        Cluster person = samePerson(doc, m, definite);
        return new FoundQuote.SpeakerRef(m.start(), m.end(), person);
    }

    /**
     * The person this name or role refers to: one already found with the same words ("stef bullock"
     * again; "the minister" again), when {@code reuse} allows, else a new one. "A spokeswoman" twice
     * may be two people, so indefinite roles are not reused.
     */
    private static Cluster samePerson(DocumentView doc, Cluster.MentionRef m, boolean reuse) {
        java.util.List<String> words = EntityBuilder.words(m.text());
        if (reuse) {
            for (Cluster c : doc.clusters) {
                if (c.type.equals("PERSON") && c.nameWords().equals(words)) {
                    doc.addMention(c, m);
                    return c;
                }
            }
        }
        Cluster person = new Cluster("PERSON");
        person.add(m);
        doc.addCluster(person);
        return person;
    }

    /** "The court" refers to the organisation the document named with "court" in it, most recent first. */
    private static Cluster organisationNamedBy(DocumentView doc, int head, int[] np) {
        Token t = doc.token(head);
        boolean definite = np[0] < head && doc.token(np[0]).word().equalsIgnoreCase("the");
        if (!definite || !t.isNoun() || Character.isUpperCase(t.word().charAt(0))) {
            return null;
        }
        String word = t.lemma().toLowerCase(Locale.ROOT);
        Cluster best = null;
        int bestStart = -1;
        for (Cluster c : doc.clusters) {
            if (!c.type.equals("ORGANIZATION") || !c.nameWords().contains(word)) {
                continue;
            }
            for (Cluster.MentionRef m : c.mentions) {
                if (m.start() < t.start() && m.start() > bestStart) {
                    best = c;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    /** The role words before a name become the person's title: "Dutch foreign minister". */
    private static void addTitle(DocumentView doc, Cluster person, int roleHead, Cluster.MentionRef name) {
        if (!person.type.equals("PERSON") || !Roles.isPersonNoun(doc.token(roleHead).lemma())) {
            return;
        }
        int[] np = SpeakerFinder.nounPhrase(doc.parsed, roleHead);
        int first = np[0];
        int end = Math.min(np[1], name.firstToken() > roleHead ? name.firstToken() : np[1]);
        while (first < end && (doc.token(first).pos().equals("DT") || doc.token(first).isPunctuation())) {
            first++;
        }
        if (first < end && end <= roleHead + 1) {
            person.titles.add(doc.text(first, end));
        }
    }

    private static Cluster.MentionRef ref(DocumentView doc, int[] span, Cluster.MentionKind kind) {
        Token a = doc.token(span[0]);
        Token b = doc.token(span[1] - 1);
        return new Cluster.MentionRef(a.start(), b.end(), doc.parsed.text().substring(a.start(), b.end()), span[0],
                span[1], kind);
    }
}
