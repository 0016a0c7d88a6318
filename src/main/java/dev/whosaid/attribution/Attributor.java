package dev.whosaid.attribution;

import dev.whosaid.gazetteer.EntityLinker;
import dev.whosaid.gazetteer.Gazetteer;
import dev.whosaid.model.Entity;
import dev.whosaid.model.Mention;
import dev.whosaid.model.Quote;
import dev.whosaid.model.QuoteKind;
import dev.whosaid.model.Speaker;
import dev.whosaid.model.When;
import dev.whosaid.nlp.Deadline;
import dev.whosaid.nlp.NamedMention;
import dev.whosaid.nlp.ParsedText;
import dev.whosaid.nlp.Token;
import dev.whosaid.normalize.NormalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a parsed, normalized document into entities and attributed quotes. Stateless apart from its
 * immutable lexicon, so one instance serves every thread.
 */
public final class Attributor {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** How far (characters) a quote with no cue of its own may follow the last one and still continue it. */
    private static final int CONTINUATION_GAP = 300;

    private final SpeakerFinder finder;
    private final ReportedSpeech reported;
    private final EntityLinker linker;

    /** An attributor that links entities to {@code gazetteer} (an empty one links nothing). */
    public Attributor(CueLexicon cues, boolean beliefCues, Gazetteer gazetteer) {
        this.finder = new SpeakerFinder(cues, beliefCues);
        this.reported = new ReportedSpeech(cues, beliefCues);
        this.linker = new EntityLinker(gazetteer);
    }

    public Attribution attribute(NormalizedText norm, ParsedText parsed) {
        return attribute(norm, parsed, null);
    }

    /** Attributes the quotes of a document published on {@code date} (or null), which decides the posts held. */
    public Attribution attribute(NormalizedText norm, ParsedText parsed, LocalDate date) {
        return attribute(norm, parsed, date, Deadline.NONE);
    }

    /** As {@link #attribute(NormalizedText, ParsedText, LocalDate)}, giving up at {@code deadline}. */
    public Attribution attribute(NormalizedText norm, ParsedText parsed, LocalDate date, Deadline deadline) {
        List<QuoteSpan> spans = QuoteSpan.find(parsed.text());
        DocumentView doc = new DocumentView(parsed, spans, EntityBuilder.build(parsed), date);
        // posts held on the date and titles given in the text tell whom "the prosecutor" refers to
        link(doc.clusters, date);
        Titles.collect(doc);
        List<FoundQuote> found = new ArrayList<>();
        FoundQuote previous = null;
        for (QuoteSpan q : spans) {
            deadline.check();
            FoundQuote f = attributeOne(doc, q, previous);
            if (f == null) {
                continue;
            }
            if (previous != null && interruptedBy(doc, previous, f)) {
                f = join(previous, f);
                found.set(found.size() - 1, f);
            } else {
                found.add(f);
            }
            previous = f;
        }
        deadline.check();
        for (ReportedSpeech.Found r : outermost(reported.find(doc))) {
            deadline.check();
            FoundQuote q = indirect(doc, r);
            if (r.mixed()) {
                // the clause replaces the direct quotes it holds: one statement, partly in the speaker's words
                int s = q.first().contentStart();
                int e = q.last().contentEnd();
                found.removeIf(d -> d.kind() == QuoteKind.DIRECT && d.first().open() >= s - 1 && d.last().close() <= e);
            }
            found.add(q);
        }
        found.sort(Comparator.comparingInt(f -> f.first().contentStart()));
        inheritDates(doc.parsed.text(), found);
        List<Cluster> clusters = new ArrayList<>(doc.clusters);
        clusters.sort(Comparator.comparingInt(Cluster::firstStart));
        link(clusters, date); // again: attribution has found people and names since
        for (int i = 0; i < clusters.size(); i++) {
            clusters.get(i).id = "e" + (i + 1);
        }
        return new Attribution(toEntities(norm, clusters), toQuotes(norm, doc, found));
    }

    private void link(List<Cluster> clusters, LocalDate date) {
        for (Cluster c : clusters) {
            c.link = linker.link(c.name(), c.type, date);
        }
    }

    private FoundQuote attributeOne(DocumentView doc, QuoteSpan q, FoundQuote previous) {
        SpeakerFinder.Found f = finder.find(doc, q);
        FoundQuote.SpeakerRef speaker = null;
        double confidence = 0.3;
        int cue = -1;
        FoundQuote.DateRef when = null;
        if (f != null) {
            cue = f.cue();
            confidence = f.confidence();
            when = cue >= 0 ? dateOf(doc, cue) : null;
            if (f.speakerHead() >= 0) {
                speaker = SpeakerMentions.resolve(doc, f.speakerHead());
                if (speaker.cluster() == null && doc.token(f.speakerHead()).isPronoun()) {
                    confidence -= 0.3; // a pronoun we could not resolve says little
                }
            }
        }
        if (speaker == null && continues(doc, previous, q)) {
            speaker = previous.speaker();
            when = previous.when();
            cue = -1;
            confidence = 0.6;
        }
        if (speaker == null && !looksLikeStatement(doc.parsed.text(), q)) {
            return null; // scare quotes, titles of works, single words: not attributions
        }
        if (isShortTitle(doc.parsed.text(), q)) {
            return null; // "appearing on “Face the Nation,” Pence said": a programme, not his words
        }
        return new FoundQuote(List.of(q), cue, speaker, when, about(doc, q, speaker), confidence);
    }

    /**
     * The reported statements not inside another one's content. In "Trump said Clinton wants to raise
     * taxes" the article attributes a statement to Trump; that Clinton wants it is Trump's claim, not
     * the article's, so it is part of his statement and no attribution of its own (PolNeAR annotates it
     * the same way: 6 of its 2,192 dev attributions are nested).
     */
    private static List<ReportedSpeech.Found> outermost(List<ReportedSpeech.Found> all) {
        List<ReportedSpeech.Found> out = new ArrayList<>();
        for (ReportedSpeech.Found r : all) {
            boolean nested = all.stream().anyMatch(o -> o != r && o.first() <= r.first() && r.end() <= o.end()
                    && (o.first() != r.first() || o.end() != r.end()));
            boolean repeated = out.stream().anyMatch(o -> o.first() == r.first() && o.end() == r.end());
            if (!nested && !repeated) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A statement with no date of its own, by the speaker of the statement just before it in the same
     * paragraph, was made when that one was: "In June, X said: “A.” “B,” she said."
     */
    private static void inheritDates(String text, List<FoundQuote> found) {
        for (int i = 1; i < found.size(); i++) {
            FoundQuote prev = found.get(i - 1);
            FoundQuote q = found.get(i);
            if (q.when() != null || prev.when() == null || q.speaker() == null || prev.speaker() == null
                    || q.speaker().cluster() == null || q.speaker().cluster() != prev.speaker().cluster()) {
                continue;
            }
            int gapStart = prev.last().contentEnd();
            int gapEnd = q.first().contentStart();
            if (gapEnd < gapStart || text.substring(gapStart, gapEnd).contains("\n\n")) {
                continue;
            }
            FoundQuote.DateRef when = new FoundQuote.DateRef(prev.when().value(), prev.when().start(), prev.when().end(),
                    When.Basis.CONTEXT);
            found.set(i, new FoundQuote(q.fragments(), q.cueToken(), q.speaker(), when, q.about(), q.confidence(),
                    q.kind()));
        }
    }

    /** Occasions of speaking: "at the September 2 press conference" dates what was said there. */
    private static final java.util.Set<String> OCCASIONS = java.util.Set.of("conference", "briefing", "speech",
            "interview", "debate", "statement", "hearing", "address", "remarks", "rally", "meeting", "appearance",
            "testimony", "session", "summit", "call", "broadcast", "show", "episode", "post", "tweet", "letter");

    /**
     * Whether the date only qualifies a thing, as in "the 2016 presidential election" or "his 2002 book",
     * rather than saying when something happened ("said on Tuesday", "In June, she wrote", "at Monday's
     * debate").
     */
    private static boolean modifiesNoun(ParsedText p, NamedMention m) {
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            int h = p.head(i);
            if (h >= m.firstToken() && h < m.endToken()) {
                continue; // inside the expression
            }
            String rel = p.relation(i);
            return h >= 0 && p.token(h).isNoun() && !p.token(h).isPronoun()
                    && !OCCASIONS.contains(p.token(h).lemma().toLowerCase(java.util.Locale.ROOT))
                    && (rel.startsWith("amod") || rel.startsWith("compound") || rel.startsWith("nummod"));
        }
        return false;
    }

    /** "September 2", "June 2020", "in June": a date named by a month, not "last week" or "a few months ago". */
    private static boolean isExplicit(NamedMention m) {
        return MONTH.matcher(m.text()).find();
    }

    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b");

    /** A reported statement as a quote: its content span held as a quote span with notional marks. */
    private static FoundQuote indirect(DocumentView doc, ReportedSpeech.Found r) {
        QuoteSpan content = new QuoteSpan(doc.token(r.first()).start() - 1, doc.token(r.end() - 1).end());
        List<QuoteSpan> fragments = !r.interrupted() ? List.of(content) : List.of(
                new QuoteSpan(content.open(), doc.token(r.tagFirst() - 1).end()),
                new QuoteSpan(doc.token(r.tagEnd()).start() - 1, content.close()));
        FoundQuote.SpeakerRef speaker = r.speakerHead() >= 0 ? SpeakerMentions.resolve(doc, r.speakerHead()) : null;
        return new FoundQuote(fragments, r.cue(), speaker, dateOf(doc, r.cue(), r.first(), r.end()),
                about(doc, content, speaker),
                r.confidence(), r.mixed() ? QuoteKind.MIXED : QuoteKind.INDIRECT);
    }

    /**
     * Whether {@code next} carries on {@code previous} with nothing between them but the speech tag
     * ("“A,” she said. “B”", "“A,” she said, “B”"): one statement, as annotators and readers take it.
     * Two quotes side by side with no tag between stay two: each is a statement of its own.
     */
    private static boolean interruptedBy(DocumentView doc, FoundQuote previous, FoundQuote next) {
        if (previous.speaker() == null || next.speaker() == null
                || previous.speaker().cluster() != next.speaker().cluster()
                || (previous.speaker().cluster() == null && previous.speaker().start() != next.speaker().start())) {
            return false;
        }
        int gapStart = previous.last().close() + 1;
        int gapEnd = next.first().open();
        String gap = doc.parsed.text().substring(gapStart, gapEnd);
        int cue = previous.cueToken();
        boolean tagInGap = cue >= 0 && doc.token(cue).start() >= gapStart && doc.token(cue).end() <= gapEnd;
        if (!tagInGap || next.cueToken() != cue && next.cueToken() >= 0) {
            return false;
        }
        if (next.cueToken() < 0) {
            // "“A,” said X, who led the party for a decade. “B.”" and "“A,” he said.¶“B.”": a quote with
            // no tag of its own right after the tag sentence goes on with the same statement, even into
            // the next paragraph, as long as nothing but the tag sentence lies between them
            int firstBreak = gap.indexOf('\n');
            boolean tagOnly = firstBreak < 0 || firstBreak > doc.token(cue).end() - gapStart
                    && gap.substring(firstBreak).isBlank();
            return tagOnly && gap.length() <= 300;
        }
        return gap.indexOf('\n') < 0 && gap.length() <= 150;
    }

    private static FoundQuote join(FoundQuote a, FoundQuote b) {
        List<QuoteSpan> fragments = new ArrayList<>(a.fragments());
        fragments.addAll(b.fragments());
        List<Cluster> about = new ArrayList<>(a.about());
        b.about().stream().filter(c -> !about.contains(c)).forEach(about::add);
        return new FoundQuote(fragments, a.cueToken(), a.speaker(), a.when() != null ? a.when() : b.when(), about,
                Math.min(a.confidence(), b.confidence()));
    }

    /** A quote with no cue of its own that follows the last attributed one closely continues it. */
    private static boolean continues(DocumentView doc, FoundQuote previous, QuoteSpan q) {
        if (previous == null || previous.speaker() == null) {
            return false;
        }
        int gapStart = previous.last().close() + 1;
        if (q.open() - gapStart > CONTINUATION_GAP) {
            return false;
        }
        String gap = doc.parsed.text().substring(gapStart, q.open());
        return gap.split("\n\n", -1).length <= 2;
    }

    /** Enough words, and not a title in title case: "The Art of the Deal" is not a statement. */
    private static boolean looksLikeStatement(String text, QuoteSpan q) {
        String[] words = text.substring(q.contentStart(), q.contentEnd()).trim().split("\\s+");
        if (words.length < 4) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 < words.length || words.length > 12;
    }

    /** Up to four words, every one capitalised: the name of a programme, book or song. */
    private static boolean isShortTitle(String text, QuoteSpan q) {
        String content = text.substring(q.contentStart(), q.contentEnd()).replaceAll("[,.;:!?]+$", "").trim();
        String[] words = content.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /** The date expression nearest the cue in its sentence, outside quotes, as SUTime resolved it. */
    private static FoundQuote.DateRef dateOf(DocumentView doc, int cue) {
        return dateOf(doc, cue, -1, -1);
    }

    /**
     * The date a statement was made: a date in the cue's sentence, outside any quote and outside the
     * reported content {@code [contentFirst, contentEnd)} (a date the speaker talks about is not when
     * they spoke); else an explicit date ("September 2", "in June") in one of the three sentences before,
     * which governs what follows it in news.
     */
    private static FoundQuote.DateRef dateOf(DocumentView doc, int cue, int contentFirst, int contentEnd) {
        ParsedText p = doc.parsed;
        int sentence = p.token(cue).sentence();
        NamedMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        NamedMention before = null;
        List<NamedMention> mentions = p.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            NamedMention m = mentions.get(i);
            if (!m.type().equals("DATE") || m.normalized() == null || !ISO_DATE.matcher(m.normalized()).matches()
                    || doc.inQuote(m.firstToken()) || m.firstToken() >= contentFirst && m.firstToken() < contentEnd
                    || modifiesNoun(p, m)) {
                continue;
            }
            int s = p.token(m.firstToken()).sentence();
            if (s == sentence) {
                int d = Math.abs(m.firstToken() - cue);
                if (d < bestDistance) {
                    best = m;
                    bestDistance = d;
                }
            } else if (s < sentence && s >= sentence - 3 && isExplicit(m)) {
                before = m; // mentions come in text order: the last one before the cue's sentence wins
            }
        }
        When.Basis basis = best != null ? When.Basis.SENTENCE : When.Basis.CONTEXT;
        best = best != null ? best : before;
        if (best == null) {
            return null;
        }
        int end = best.end();
        // SUTime splits "September 2" into a DATE and a TIME with the same value: keep the words together.
        for (NamedMention m : mentions) {
            if (m.start() >= end && m.start() - end <= 1 && best.normalized().equals(m.normalized())) {
                end = m.end();
            }
        }
        String value = StatementDates.resolve(p.text().substring(best.start(), end), best.normalized(), doc.date);
        return new FoundQuote.DateRef(value, best.start(), end, basis);
    }

    /**
     * The entities a quote is about: named inside it, or referred to by a personal pronoun ("she lied")
     * or by a title the document gave someone ("the prosecutor"); the speaker excluded, most mentioned
     * first, then in order of first mention.
     */
    private static List<Cluster> about(DocumentView doc, QuoteSpan q, FoundQuote.SpeakerRef speaker) {
        Map<Cluster, Integer> counts = new LinkedHashMap<>();
        ParsedText p = doc.parsed;
        for (int i = p.tokenAtOrAfter(q.contentStart()); i < doc.size() && doc.token(i).end() <= q.contentEnd(); i++) {
            Cluster c = referent(doc, i);
            if (c == null || c.type.equals("MISC") || (speaker != null && c == speaker.cluster())) {
                continue;
            }
            counts.merge(c, 1, Integer::sum);
        }
        List<Cluster> out = new ArrayList<>(counts.keySet()); // in order of first mention inside the quote
        out.sort(Comparator.comparingInt((Cluster c) -> -counts.get(c)));
        return out;
    }

    /** The entity that a mention starting at token {@code i} refers to, or null. */
    private static Cluster referent(DocumentView doc, int i) {
        Cluster.MentionRef m = doc.mentionAt(i);
        if (m != null) {
            return m.firstToken() == i ? doc.clusterAt(i) : null;
        }
        Token t = doc.token(i);
        if (t.isPronoun() && ABOUT_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
            return PronounResolver.resolve(doc, i);
        }
        if (t.isNoun() && Roles.isPersonNoun(t.lemma()) && i > 0 && doc.token(i - 1).word().equalsIgnoreCase("the")) {
            Cluster.MentionRef description = new Cluster.MentionRef(doc.token(i - 1).start(), t.end(),
                    doc.text(i - 1, i + 1), i - 1, i + 1, Cluster.MentionKind.DESCRIPTION);
            return Titles.holderOf(doc, i, description);
        }
        return null;
    }

    /** Pronouns that point at one person; "it" and "they" too often point at no entity at all. */
    private static final java.util.Set<String> ABOUT_PRONOUNS = java.util.Set.of("he", "him", "his", "she", "her");

    private static List<Entity> toEntities(NormalizedText norm, List<Cluster> clusters) {
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters) {
            List<Mention> mentions = new ArrayList<>();
            c.mentions.stream().sorted(Comparator.comparingInt(Cluster.MentionRef::start))
                    .forEach(m -> mentions.add(mention(norm, m.start(), m.end())));
            List<String> titles = new ArrayList<>(c.titles);
            if (c.link != null) {
                c.link.titles().stream().filter(t -> !titles.contains(t)).forEach(titles::add);
            }
            out.add(new Entity(c.id, c.displayName(), c.type, c.link == null ? null : c.link.id(),
                    c.link == null ? null : c.link.wikidata(), titles, mentions));
        }
        return out;
    }

    private List<Quote> toQuotes(NormalizedText norm, DocumentView doc, List<FoundQuote> found) {
        List<Quote> out = new ArrayList<>();
        String text = norm.text();
        Map<Cluster, String> names = new HashMap<>();
        for (FoundQuote f : found) {
            int[] o = norm.toOriginal(trimStart(text, f.first()), trimEnd(text, f.last()));
            StringBuilder words = new StringBuilder();
            for (QuoteSpan q : f.fragments()) {
                words.append(words.length() > 0 ? " " : "").append(text, trimStart(text, q), trimEnd(text, q));
            }
            Speaker speaker = null;
            if (f.speaker() != null) {
                Cluster c = f.speaker().cluster();
                String name = c != null ? names.computeIfAbsent(c, Cluster::displayName)
                        : descriptionName(text.substring(f.speaker().nameStart(), f.speaker().nameEnd()));
                speaker = new Speaker(c == null ? null : c.id, name,
                        mention(norm, f.speaker().start(), f.speaker().end()));
            }
            Mention cue = null;
            if (f.cueToken() >= 0) {
                cue = mention(norm, doc.token(f.cueToken()).start(), finder.cueEnd(doc.parsed, f.cueToken()));
            }
            When when = doc.date == null ? null : When.documentDate(doc.date.toString());
            if (f.when() != null) {
                int[] w = norm.toOriginal(f.when().start(), f.when().end());
                when = When.read(f.when().value(), f.when().basis(), norm.original().substring(w[0], w[1]), w[0], w[1]);
            }
            List<String> about = f.about().stream().map(c -> c.id).toList();
            out.add(new Quote("q" + (out.size() + 1), f.kind(), words.toString(), o[0], o[1], speaker,
                    cue, about, when, Math.round(f.confidence() * 100) / 100.0));
        }
        return out;
    }

    /**
     * A speaker the document names by a description and never by a name ("US media", "the report",
     * "two Democratic speechwriters") is called by that description; a pronoun nobody was found for
     * has no name.
     */
    private static String descriptionName(String words) {
        String w = words.strip();
        return w.isEmpty() || PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT)) ? null : w;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we", "i", "you",
            "who", "that", "which", "this", "these", "those", "one", "someone", "somebody", "everyone", "nobody");

    private static int trimStart(String text, QuoteSpan q) {
        int s = q.contentStart();
        while (s < q.contentEnd() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    private static int trimEnd(String text, QuoteSpan q) {
        int e = q.contentEnd();
        while (e > q.contentStart() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static Mention mention(NormalizedText norm, int start, int end) {
        int[] o = norm.toOriginal(start, end);
        return new Mention(o[0], o[1], norm.original().substring(o[0], o[1]));
    }
}
