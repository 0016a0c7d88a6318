package dev.whosaid.attribution;

import dev.whosaid.nlp.ParsedText;
import dev.whosaid.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cue ("said", "warned", "according to") and the speaker of a direct quote from the words
 * around it: the rest of the sentences the quote sits in, and a short tag sentence right after it
 * ("… support.” he said."). The cue nearest the quote that has a subject wins; the subject is found in
 * the dependency tree, climbing from a participle to the clause it hangs on ("refused …, saying: “…”").
 */
final class SpeakerFinder {
    private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "conj", "acl", "parataxis", "ccomp");
    private static final Set<String> NP_PARTS = Set.of("det", "amod", "compound", "nmod:poss", "nummod", "flat",
            "det:poss", "compound:prt");
    private static final int MAX_TAG_SENTENCE_TOKENS = 12;
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "--", "-");
    private static final Set<String> OPEN_BRACKETS = Set.of("(", "-LRB-", "[", "-LSB-");
    private static final Set<String> CLOSE_BRACKETS = Set.of(")", "-RRB-", "]", "-RSB-");

    private final CueLexicon cues;
    private final boolean beliefCues;

    SpeakerFinder(CueLexicon cues, boolean beliefCues) {
        this.cues = cues;
        this.beliefCues = beliefCues;
    }

    /** A cue and the token heading its speaker (-1 when only the cue was found). */
    record Found(int cue, int speakerHead, double confidence) {
    }

    Found find(DocumentView doc, QuoteSpan q) {
        ParsedText p = doc.parsed;
        int first = p.tokenAtOrAfter(q.open());
        int end = p.tokenAtOrAfter(q.close() + 1);
        if (first >= doc.size() || end <= first) {
            return null;
        }
        Found tag = speechTagAfter(doc, end);
        if (tag != null) {
            return tag;
        }
        List<Integer> cueTokens = new ArrayList<>();
        for (int t : frame(doc, q, first, end)) {
            if (isCue(doc, t)) {
                cueTokens.add(t);
            }
        }
        // A cue whose clause contains the quote outranks one that merely stands near it ("X claimed
        // that he had designated Y, who “…”, according to Z": X, not Z); among those the innermost wins.
        Map<Integer, Integer> rank = new HashMap<>(); // computed once per cue, not per comparison
        for (int t : cueTokens) {
            rank.put(t, governs(p, t, first, end) ? -depth(p, t) : 1);
        }
        cueTokens.sort(Comparator.comparingInt((Integer t) -> rank.get(t))
                .thenComparingInt(t -> distance(doc.token(t), q)));
        for (int cue : cueTokens) {
            int subject = subjectOf(p, cue, isSourcePhrase(cues, p, cue));
            if (subject >= 0 && !doc.inQuote(subject)
                    && (!SpeakerMentions.isRelative(doc, subject) || SpeakerMentions.antecedent(doc, subject) >= 0)) {
                return new Found(cue, subject, 0.9);
            }
        }
        for (int cue : cueTokens) {
            int adjacent = adjacentSpeaker(doc, cue);
            if (adjacent >= 0) {
                return new Found(cue, adjacent, 0.6);
            }
        }
        return cueTokens.isEmpty() ? null : new Found(cueTokens.get(0), -1, 0.4);
    }

    /**
     * The commonest pattern in news, read off the words rather than the parse (which a long quote
     * often confuses): right after the closing mark, "X said" or "said X".
     */
    private Found speechTagAfter(DocumentView doc, int afterQuote) {
        int i = afterQuote;
        if (i < doc.size() && DASHES.contains(doc.token(i).word()) && !doc.inQuote(i)) {
            // Vox-pop style: “…” ― Sonya Herridge
            int name = nounAfter(doc, i + 1);
            return name >= 0 && doc.clusterAt(name) != null ? new Found(-1, name, 0.8) : null;
        }
        while (i < doc.size() && doc.token(i).isPunctuation() && !doc.inQuote(i)) {
            if (".!?".contains(doc.token(i).word())) {
                return null; // the sentence ended with the quote: what follows is not its tag
            }
            i++;
        }
        if (i >= doc.size()) {
            return null;
        }
        boolean newSentence = doc.token(i).sentence() != doc.token(afterQuote - 1).sentence();
        String between = doc.parsed.text().substring(doc.token(afterQuote - 1).end(), doc.token(i).start());
        if (newSentence && between.indexOf('\n') >= 0) {
            return null; // a tag never starts a new line of its own
        }
        int subject = -1;
        int bracketFrom = -1;
        int bracketTo = -1;
        for (int k = i; k < Math.min(doc.size(), i + 10) && !doc.inQuote(k); k++) {
            Token t = doc.token(k);
            if (OPEN_BRACKETS.contains(t.word())) {
                bracketFrom = k;
                bracketTo = closingBracket(doc, k); // "Rep. Elijah E. Cummings (D-Md.) said"
                k = bracketTo;
                continue;
            }
            if (isCue(doc, k) && t.isVerb()) {
                if (subject >= 0) {
                    // The parse knows the head of "a spokeswoman for the ministry"; the last noun does not.
                    int parsed = subjectOf(doc.parsed, k, false);
                    boolean inTag = parsed >= i && parsed < k && (parsed < bracketFrom || parsed > bracketTo);
                    return new Found(k, inTag ? parsed : subject, 0.9);
                }
                int after = nounAfter(doc, k + 1);
                return after >= 0 ? new Found(k, after, 0.9) : null;
            }
            if (t.isVerb() || t.pos().equals("MD") || t.isPunctuation()) {
                return null; // another clause starts: not a speech tag
            }
            if (t.isNoun() || (t.isPronoun() && PronounResolver.isResolvable(t.word()))) {
                subject = k; // the last noun before the verb heads the phrase
            }
        }
        return null;
    }

    private static int closingBracket(DocumentView doc, int open) {
        for (int k = open + 1; k < Math.min(doc.size(), open + 12); k++) {
            if (CLOSE_BRACKETS.contains(doc.token(k).word())) {
                return k;
            }
        }
        return open;
    }

    /** The head of a short noun phrase starting at {@code i} ("the court", "Smith", "a spokeswoman for X"). */
    private static int nounAfter(DocumentView doc, int i) {
        int head = -1;
        for (int k = i; k < Math.min(doc.size(), i + 6) && !doc.inQuote(k); k++) {
            Token t = doc.token(k);
            if (t.isNoun() || (t.isPronoun() && PronounResolver.isResolvable(t.word()))) {
                head = k;
            } else if (head >= 0 || !(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("PRP$"))) {
                break;
            }
        }
        return head;
    }

    /** Tokens outside quotes in the quote's sentences, plus a short tag sentence straight after it. */
    private static List<Integer> frame(DocumentView doc, QuoteSpan q, int first, int end) {
        ParsedText p = doc.parsed;
        int sFirst = p.token(first).sentence();
        int sLast = p.token(end - 1).sentence();
        int from = p.sentences().get(sFirst).firstToken();
        int to = p.sentences().get(sLast).endToken();
        if (to < doc.size() && to == end) {
            var next = p.sentences().get(p.token(to).sentence());
            boolean adjacent = p.token(to).start() - q.close() <= 2;
            if (adjacent && next.endToken() - next.firstToken() <= MAX_TAG_SENTENCE_TOKENS) {
                to = next.endToken();
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!doc.inQuote(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean isCue(DocumentView doc, int t) {
        Token tok = doc.token(t);
        if (isSourcePhrase(cues, doc.parsed, t)) {
            return true;
        }
        if (!tok.isVerb()) {
            return false;
        }
        CueLexicon.Kind kind = cues.verb(tok.lemma());
        return kind == CueLexicon.Kind.SPEECH || (beliefCues && kind == CueLexicon.Kind.BELIEF);
    }

    /** Whether most of the quote's tokens hang below the cue in the dependency tree. */
    private static boolean governs(ParsedText p, int cue, int first, int end) {
        int below = 0;
        for (int i = first; i < end; i++) {
            for (int h = p.head(i), steps = 0; h >= 0 && steps < 64; h = p.head(h), steps++) {
                if (h == cue) {
                    below++;
                    break;
                }
            }
        }
        return below * 2 > end - first;
    }

    private static int depth(ParsedText p, int t) {
        int d = 0;
        for (int h = p.head(t); h >= 0 && d < 64; h = p.head(h)) {
            d++;
        }
        return d;
    }

    private static int distance(Token t, QuoteSpan q) {
        return t.end() <= q.open() ? q.open() - t.end() : Math.max(0, t.start() - q.close());
    }

    /** Where the cue's words end: after both words of a source phrase, else after the verb. */
    int cueEnd(ParsedText p, int cue) {
        return isSourcePhrase(cues, p, cue) ? p.token(cue + 1).end() : p.token(cue).end();
    }

    /** Whether the token starts a two-word source phrase of the lexicon ("according to"). */
    static boolean isSourcePhrase(CueLexicon cues, ParsedText p, int t) {
        return t + 1 < p.tokens().size()
                && cues.phrase(p.token(t).word() + " " + p.token(t + 1).word()) == CueLexicon.Kind.SOURCE;
    }

    /**
     * The subject of the cue's clause, climbing from participles and complements; -1 if none. For a
     * source phrase ("according to X", whose first word the tagger may call a verb) it is X.
     */
    static int subjectOf(ParsedText p, int cue, boolean sourcePhrase) {
        if (sourcePhrase) {
            // A source phrase: "according to X" hangs on X.
            int h = p.head(cue);
            return h >= 0 && (p.token(h).isNoun() || p.token(h).isPronoun()) ? h : -1;
        }
        int v = cue;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            for (int c : p.children(v)) {
                if (p.relation(c).startsWith("nsubj") && !p.relation(c).equals("nsubj:pass")) {
                    return c; // a relative pronoun ("who said") included: SpeakerMentions finds whom it stands for
                }
            }
            // ", saying: “…”" often hangs on its clause by a bare "dep" when the parser is unsure.
            boolean participle = p.relation(v).equals("dep") && p.token(v).pos().equals("VBG");
            if (!CLIMB.contains(p.relation(v)) && !participle) {
                return -1;
            }
            v = p.head(v);
        }
        return -1;
    }

    /** When the parse gives no subject: a name or pronoun right after the cue ("said Smith") or before it. */
    private static int adjacentSpeaker(DocumentView doc, int cue) {
        for (int i : new int[] {cue + 1, cue - 1}) {
            if (i < 0 || i >= doc.size() || doc.inQuote(i)) {
                continue;
            }
            Token t = doc.token(i);
            Cluster c = doc.clusterAt(i);
            boolean speakerLike = c != null && (c.type.equals("PERSON") || c.type.equals("ORGANIZATION"));
            if (speakerLike || (t.isPronoun() && PronounResolver.isResolvable(t.word()))) {
                return i;
            }
        }
        return -1;
    }

    /** The token span {@code [first, end)} of the noun phrase headed by {@code head}, without appositions. */
    static int[] nounPhrase(ParsedText p, int head) {
        int first = head;
        int end = head + 1;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = first; i < end; i++) {
                for (int c : p.children(i)) {
                    if (NP_PARTS.contains(p.relation(c)) && (c == first - 1 || c == end)) {
                        if (c == first - 1) {
                            first = c;
                        } else {
                            end = c + 1;
                        }
                        grew = true;
                    }
                }
            }
        }
        // A possessive "'s" or a trailing case marker is not part of the name.
        while (end - 1 > head && p.token(end - 1).isPunctuation()) {
            end--;
        }
        return new int[] {first, end};
    }
}
