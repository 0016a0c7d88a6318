package dev.whosaid.attribution;

import dev.whosaid.nlp.ParsedText;
import dev.whosaid.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech read off the dependency tree, where no quotation marks show it:
 * <ul>
 *   <li>a complement clause: "X said (that) …", "X wants to …", "X denied the report";</li>
 *   <li>a parenthetical: "…, X said, …" and "…, X said.";</li>
 *   <li>a source phrase: "according to X, …".</li>
 * </ul>
 * The content is the reported clause; the speaker is the subject of the cue's clause. A clause that
 * holds a quote whole is a mixed quote ("he was “disappointed” by …"). Reported speech inside a direct
 * quote is the quoted person's words, not a new attribution, and is left out.
 */
final class ReportedSpeech {
    /** Cue verbs that introduce a direct quote's continuation, not reported content of their own. */
    private static final Set<String> NOT_REPORTING = Set.of("begin", "start", "continue", "interrupt", "interject",
            "chime", "allow", "grant", "project", "figure", "post", "release", "issue", "publish", "broadcast",
            "sigh", "groan", "gasp", "snap", "bark", "growl", "hiss", "roar", "sob", "chuckle", "giggle");
    /** Verbs whose object is the person addressed ("told reporters"), never the content. */
    private static final Set<String> OBJECT_IS_ADDRESSEE = Set.of("tell", "ask", "inform", "notify", "remind",
            "assure", "reassure", "convince", "persuade", "alert", "advise", "warn", "urge", "beg", "order",
            "instruct", "brief", "thank", "answer", "reply", "respond");
    /** Content shorter than this is rarely a statement ("said so", "denied it"); a name alone can be one. */
    private static final int MIN_CONTENT_WORDS = 1;

    private final CueLexicon cues;
    private final boolean beliefCues;

    ReportedSpeech(CueLexicon cues, boolean beliefCues) {
        this.cues = cues;
        this.beliefCues = beliefCues;
    }

    /**
     * A reported statement: content tokens {@code [first, end)}, the cue token, and the head of the
     * speaker's words (-1 when the clause names none: "it was reported that …").
     */
    record Found(int first, int end, int cue, int speakerHead, double confidence, boolean mixed, int tagFirst,
                 int tagEnd) {
        Found(int first, int end, int cue, int speakerHead, double confidence, boolean mixed) {
            this(first, end, cue, speakerHead, confidence, mixed, -1, -1);
        }

        /** Whether the speech tag interrupts the content: "The museum, Mr. Obama said, would …". */
        boolean interrupted() {
            return tagFirst >= 0;
        }
    }

    List<Found> find(DocumentView doc) {
        ParsedText p = doc.parsed;
        List<Found> out = new ArrayList<>();
        for (int t = 0; t < doc.size(); t++) {
            if (doc.inQuote(t)) {
                continue; // reported speech inside a quote belongs to the quoted speaker's words
            }
            Found f = SpeakerFinder.isSourcePhrase(cues, p, t) ? source(doc, t)
                    : p.token(t).word().equals(":") ? headline(doc, t) : verb(doc, t);
            if (f == null || words(p, f.first(), f.end()) < MIN_CONTENT_WORDS) {
                continue;
            }
            f = closeQuote(doc, f);
            Boolean mixed = quoteInside(doc, f);
            if (mixed != null) {
                out.add(new Found(f.first(), f.end(), f.cue(), f.speakerHead(), f.confidence(), mixed, f.tagFirst(),
                        f.tagEnd()));
            }
        }
        return out;
    }

    /** "X said (that) …", "X wants to …", "X denied the report", and the parenthetical "…, X said". */
    private Found verb(DocumentView doc, int v) {
        ParsedText p = doc.parsed;
        Token tok = p.token(v);
        if (!tok.isVerb() || tok.pos().equals("VBN") && isPassiveOrAdjective(p, v)) {
            return null; // "the said report", "the plan was announced": no speaker reports content here
        }
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        CueLexicon.Kind kind = cues.verb(lemma);
        for (int c : p.children(v)) {
            if (p.relation(c).equals("compound:prt")) {
                // a phrasal verb is its own cue: "points out that", not "points"
                CueLexicon.Kind phrasal = cues.verb(lemma + " " + p.token(c).word().toLowerCase(Locale.ROOT));
                kind = phrasal != null ? phrasal : kind;
            }
        }
        if (kind == null || NOT_REPORTING.contains(lemma) || kind == CueLexicon.Kind.BELIEF && !beliefCues
                || kind != CueLexicon.Kind.SPEECH && kind != CueLexicon.Kind.BELIEF && kind != CueLexicon.Kind.STANCE) {
            return null;
        }
        int speaker = SpeakerFinder.subjectOf(p, v, false);
        if (speaker < 0 && (tok.pos().equals("VBG") || tok.pos().equals("VBN"))) {
            speaker = participleSubject(p, v); // "…, saying that …", "…, warning that …"
        }
        if (speaker < 0 && kind == CueLexicon.Kind.STANCE) {
            return null; // a position with no one taking it is no attribution
        }
        int content = -1;
        for (int c : p.children(v)) {
            String rel = p.relation(c);
            if (rel.equals("ccomp")) {
                content = c;
                break;
            }
            // "wants to cut …", "ruled out sending …"
            if (rel.equals("xcomp") && content < 0 && (startsWithTo(p, c) || p.token(c).pos().equals("VBG"))) {
                content = c;
            }
            // "urged supporters to “go …”": the parser often takes the request for an adverbial clause, or
            // "to" for a preposition and the verb for its object
            if ((rel.equals("advcl") || rel.equals("obl")) && content < 0 && OBJECT_IS_ADDRESSEE.contains(lemma)
                    && p.token(c).pos().equals("VB") && startsWithTo(p, c) && hasChild(p, v, "obj")) {
                content = c;
            }
        }
        if (content < 0 && kind != CueLexicon.Kind.BELIEF && !OBJECT_IS_ADDRESSEE.contains(lemma)) {
            for (int c : p.children(v)) {
                // "denied the allegations"; for a position, a person too: "Cruz has endorsed Trump"
                if (p.relation(c).equals("obj") && !p.token(c).isPronoun() && !isTimeOrAmount(p.token(c))
                        && !NOT_CONTENT.contains(p.token(c).word().toLowerCase(Locale.ROOT))
                        && (kind == CueLexicon.Kind.STANCE || !p.token(c).ner().equals("PERSON"))) {
                    content = c;
                }
            }
        }
        if (content < 0) {
            for (int c : p.children(v)) {
                // "called for new elections", "spoke of a crisis", "warned about the costs"
                if (p.relation(c).startsWith("obl") && c > v && !SAID_WHERE.contains(lemma) && !isTimeOrAmount(p.token(c))
                        && (hasCase(p, c, OBL_CONTENT) || kind == CueLexicon.Kind.STANCE && hasCase(p, c, Set.of("on")))) {
                    content = c;
                    break;
                }
            }
        }
        if (content >= 0 && speaker < 0 && content < v) {
            // "…, said the finance minister": inverted, and the parser often takes the speaker for an object
            for (int c : p.children(v)) {
                if (c > v && p.relation(c).equals("obj") && (p.token(c).isNoun() || p.token(c).isPronoun())) {
                    speaker = c;
                }
            }
        }
        if (content >= 0) {
            int[] span = subtree(p, content);
            if (p.relation(content).equals("obj")) {
                span[1] = Math.max(span[1], predicateEnd(p, v, content));
            }
            return new Found(span[0], span[1], v, speaker, speaker >= 0 ? 0.7 : 0.4, false);
        }
        // "The economy is strong, he said." — the cue hangs off the clause it reports
        if (p.relation(v).equals("parataxis") && speaker >= 0) {
            int governor = p.head(v);
            int[] whole = subtree(p, governor);
            int[] tag = subtree(p, v);
            if (!setOff(p, tag[0] > whole[0] ? tag[0] : tag[1] - 1, tag[0] > whole[0] ? -1 : 1)) {
                return null; // "WASHINGTON: The Senate voted": a colon or nothing sets off no speech tag
            }
            return around(p, whole, tag, v, speaker, 0.65);
        }
        return null;
    }

    /** "according to X, …": the clause X is the source of. */
    private Found source(DocumentView doc, int t) {
        ParsedText p = doc.parsed;
        int x = SpeakerFinder.subjectOf(p, t, true);
        if (x < 0) {
            return null;
        }
        int governor = p.head(x);
        // the phrase must qualify a clause of its own, not a relative clause or a noun inside one
        if (governor < 0 || !p.token(governor).isVerb() && !p.relation(governor).equals("root")
                || p.relation(governor).startsWith("acl")) {
            return null;
        }
        int[] whole = subtree(p, governor);
        int[] phrase = subtree(p, x);
        phrase[0] = Math.min(phrase[0], t);
        return around(p, whole, phrase, t, x, 0.7);
    }

    /** The most tokens a headline's source may take before its colon: "Rush Limbaugh:", "Poll:". */
    private static final int MAX_HEADLINE_SOURCE_TOKENS = 5;

    /**
     * The headline form "Pat Caddell: Democrats worried about …", "Poll: Clinton and Trump in dead
     * heat": a line that opens with a name, or a word for a report, and a colon; the rest of the line
     * is what the source says. Datelines ("WASHINGTON:") name places and are left alone.
     */
    private Found headline(DocumentView doc, int colon) {
        ParsedText p = doc.parsed;
        String text = p.text();
        int first = colon;
        while (first > 0 && colon - first < MAX_HEADLINE_SOURCE_TOKENS
                && text.substring(p.token(first - 1).end(), p.token(first).start()).indexOf('\n') < 0) {
            first--;
        }
        boolean lineStart = first == 0
                || text.substring(p.token(first - 1).end(), p.token(first).start()).indexOf('\n') >= 0;
        if (!lineStart || first == colon) {
            return null;
        }
        int speaker = -1;
        Cluster.MentionRef named = doc.mentionAt(first);
        Cluster cluster = doc.clusterAt(first);
        if (named != null && named.firstToken() == first && named.endToken() == colon && cluster != null
                && (cluster.type.equals("PERSON") || cluster.type.equals("ORGANIZATION"))) {
            speaker = colon - 1;
        } else if (colon == first + 1 && p.token(first).isNoun()
                && cues.phrase(p.token(first).lemma().toLowerCase(Locale.ROOT)) == CueLexicon.Kind.NOUN) {
            speaker = first;
        }
        if (speaker < 0) {
            return null;
        }
        int end = colon + 1;
        while (end < doc.size() && text.substring(p.token(end - 1).end(), p.token(end).start()).indexOf('\n') < 0) {
            end++;
        }
        int[] span = trimPunctuation(p, new int[] {colon + 1, end});
        return span[1] > span[0] ? new Found(span[0], span[1], colon, speaker, 0.6, false) : null;
    }

    /**
     * Where what the speaker says of the object ends: "described the test as “provocative”", "called
     * the plan a disaster" — the object and its predicate are the content together. {@code object}'s
     * own end when nothing follows it.
     */
    private static int predicateEnd(ParsedText p, int v, int object) {
        int end = -1;
        for (int c : p.children(v)) {
            String rel = p.relation(c);
            boolean predicate = c > object && (rel.equals("xcomp")
                    || (rel.startsWith("obl") || rel.equals("advcl")) && hasCase(p, c, Set.of("as")));
            if (predicate) {
                end = Math.max(end, subtree(p, c)[1]);
            }
        }
        return end;
    }

    private static boolean isPassiveOrAdjective(ParsedText p, int v) {
        return p.relation(v).equals("amod") || hasChild(p, v, "aux:pass") || hasChild(p, v, "nsubj:pass");
    }

    /**
     * The clause {@code whole} that a speech tag or source phrase {@code tag} inside it reports: the part
     * before the tag, the part after it, or both around it ("The museum, Mr. Obama said, would …").
     */
    private static Found around(ParsedText p, int[] whole, int[] tag, int cue, int speaker, double confidence) {
        int[] before = trimPunctuation(p, new int[] {whole[0], tag[0]});
        int[] after = trimPunctuation(p, new int[] {tag[1], whole[1]});
        boolean hasBefore = words(p, before[0], before[1]) > 0;
        boolean hasAfter = words(p, after[0], after[1]) > 0;
        if (hasBefore && hasAfter) {
            return new Found(before[0], after[1], cue, speaker, confidence, false, before[1], after[0]);
        }
        int[] span = hasBefore ? before : after;
        return span[1] > span[0] ? new Found(span[0], span[1], cue, speaker, confidence, false) : null;
    }

    /**
     * Whether punctuation sets off the speech tag whose edge is at {@code edge}: the tag's own first
     * (or last) token, or the one beyond it in {@code direction}, quotation marks skipped.
     */
    private static boolean setOff(ParsedText p, int edge, int direction) {
        for (int i = edge, seen = 0; i >= 0 && i < p.tokens().size() && seen < 3; i += direction, seen++) {
            String w = p.token(i).word();
            if (PARENTHESIS.contains(w)) {
                return true;
            }
            if (!QUOTE_MARKS.contains(w) && i != edge) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "''", "``", "‘", "’");

    /** What sets off a parenthetical speech tag from the clause it reports. */
    private static final Set<String> PARENTHESIS = Set.of(",", "--", "—", "–", "-");

    /** Prepositions that introduce what a statement is for or about, not where or when it was made. */
    private static final Set<String> OBL_CONTENT = Set.of("for", "about", "of", "against");
    /** Verbs whose prepositional phrases say where or to whom, never what: "said on CNBC", "told to reporters". */
    private static final Set<String> SAID_WHERE = Set.of("say", "tell", "add", "state", "write", "tweet", "post",
            "report", "announce", "explain", "note", "reply", "respond", "answer");

    /** Objects that say how much was said, not what: "said nothing", "added little". */
    private static final Set<String> NOT_CONTENT = Set.of("nothing", "something", "anything", "everything", "much",
            "little", "more", "less", "lot", "so", "this", "that", "thing", "things", "word", "words", "hour", "hours",
            "minute", "minutes", "time", "while");

    /** "for an hour", "on Monday", "two percent": when or how much, never what. */
    private static boolean isTimeOrAmount(Token t) {
        return Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "PERCENT", "MONEY").contains(t.ner())
                || NOT_CONTENT.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** The subject of the clause a participle hangs on, climbing at most three steps. */
    private static int participleSubject(ParsedText p, int v) {
        int h = p.head(v);
        for (int steps = 0; h >= 0 && steps < 3; steps++, h = p.head(h)) {
            for (int c : p.children(h)) {
                if (p.relation(c).startsWith("nsubj") && !p.relation(c).equals("nsubj:pass")) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static boolean hasCase(ParsedText p, int head, Set<String> words) {
        for (int c : p.children(head)) {
            boolean marker = p.relation(c).equals("case") || p.relation(c).equals("mark");
            if (marker && words.contains(p.token(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChild(ParsedText p, int head, String relation) {
        for (int c : p.children(head)) {
            if (p.relation(c).equals(relation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithTo(ParsedText p, int head) {
        for (int c : p.children(head)) {
            if ((p.relation(c).equals("mark") || p.relation(c).equals("case")) && p.token(c).word().equalsIgnoreCase("to")
                    && c < head) {
                return true;
            }
        }
        return false;
    }

    /** The tokens {@code [first, end)} that hang below {@code head}, itself included. */
    static int[] subtree(ParsedText p, int head) {
        int first = head;
        int last = head;
        List<Integer> stack = new ArrayList<>(List.of(head));
        int guard = 0;
        while (!stack.isEmpty() && guard++ < 10_000) {
            int n = stack.remove(stack.size() - 1);
            first = Math.min(first, n);
            last = Math.max(last, n);
            stack.addAll(p.children(n));
        }
        return new int[] {first, last + 1};
    }

    private static int[] trimPunctuation(ParsedText p, int[] span) {
        int s = span[0];
        int e = span[1];
        while (s < e && (p.token(s).isPunctuation() || isConjunction(p.token(s)))) {
            s++;
        }
        while (e > s && p.token(e - 1).isPunctuation()) {
            e--;
        }
        return new int[] {s, e};
    }

    private static boolean isConjunction(Token t) {
        return t.pos().equals("CC");
    }

    private static int words(ParsedText p, int first, int end) {
        int n = 0;
        for (int i = first; i < end; i++) {
            if (!p.token(i).isPunctuation()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The content extended over the punctuation that ends a quote opened inside it: in "claimed that it
     * is “a problem.”" the parser hangs the full stop on "claimed", so the clause stops short of the
     * closing mark, and only the stop lies between them.
     */
    private static Found closeQuote(DocumentView doc, Found f) {
        ParsedText p = doc.parsed;
        int start = doc.token(f.first()).start();
        int end = doc.token(f.end() - 1).end();
        for (QuoteSpan q : doc.quotes) {
            if (q.open() < start || q.open() >= end || q.close() < end) {
                continue;
            }
            int e = f.end();
            while (e < doc.size() && p.token(e).isPunctuation() && p.token(e).start() <= q.close()) {
                e++;
            }
            if (e > f.end() && p.token(e - 1).end() > q.close()) {
                return new Found(f.first(), e, f.cue(), f.speakerHead(), f.confidence(), f.mixed(), f.tagFirst(),
                        f.tagEnd());
            }
        }
        return f;
    }

    /**
     * Whether the content holds a quote whole (true: a mixed quote, "he was “disappointed”"), holds none
     * (false), or cuts one in two (null: the clause is misparsed, or the quote is the direct one's).
     */
    private static Boolean quoteInside(DocumentView doc, Found f) {
        int start = doc.token(f.first()).start();
        int end = doc.token(f.end() - 1).end();
        boolean inside = false;
        for (QuoteSpan q : doc.quotes) {
            boolean overlaps = q.open() < end && start <= q.close();
            if (!overlaps) {
                continue;
            }
            if (q.open() >= start && q.close() < end + 1) {
                inside = true;
            } else {
                return null;
            }
        }
        return inside;
    }
}
