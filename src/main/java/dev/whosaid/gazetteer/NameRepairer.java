package dev.whosaid.gazetteer;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Repairs names that machine translation damaged, as a careful editor would: with evidence, and never
 * a name that was right. Phonetic and spelling keys only <em>find</em> candidates; a repair is made
 * when the evidence decides it:
 * <ul>
 *   <li>the word is not an English word or a known name ("mcnaney", "fakiso");</li>
 *   <li>the document writes the right form elsewhere ("ponpeo" beside "Pompeo");</li>
 *   <li>another word of the same name matches a gazetteer name exactly ("fatu Bensouda");</li>
 *   <li>a title nearby names a post the candidate held on the document's date ("the Dutch foreign
 *       minister, stef bullock" is Stef Blok in 2020, not Steve Bullock);</li>
 *   <li>the name is the pinyin reading of a candidate's Chinese-script name ("Quan Wukun", 權五坤);</li>
 *   <li>and no second candidate has as much.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class NameRepairer {
    private static final int MAX_WORDS = 3;
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);
    /** Words that introduce a name: "President trump", "Mr ponpeo". */
    private static final Set<String> TITLES = Set.of("president", "mr", "mrs", "ms", "dr", "secretary", "senator",
            "sen", "gov", "governor", "rep", "representative", "minister", "chancellor", "premier", "judge",
            "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "chairman",
            "chairwoman");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "for", "de", "la", "le", "el", "al",
            "von", "van", "der", "den", "da", "di", "du", "bin", "ibn", "del", "della", "dos", "das", "ter", "ten",
            "zu", "abu", "ben", "bint", "mac");
    /** Words that follow a name: "the trump administration". */
    private static final Set<String> NAME_FOLLOWERS = Set.of("administration", "campaign", "government");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public NameRepairer(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The repairs for {@code text}, in its coordinates, sorted and not overlapping. */
    public List<NameRepair> repairs(String text, LocalDate date) {
        List<TextToken> tokens = TextToken.tokenize(text);
        DocumentNames names = new DocumentNames(tokens, this::isWord);
        Run run = new Run(text, date, tokens, names);
        run.phrases();
        run.singleWords();
        run.propagate();
        return run.chosen();
    }

    /** The state of one call: confined to its thread. */
    private final class Run {
        final String text;
        final LocalDate date;
        final List<TextToken> tokens;
        final DocumentNames names;
        final List<Proposal> proposals = new ArrayList<>();
        /** Damaged word (folded) to the word that replaced it, for its other occurrences. */
        final Map<String, String> repairedWords = new HashMap<>();
        /** Damaged word (folded) to the type of the name it was part of, when known. */
        final Map<String, String> repairedTypes = new HashMap<>();
        boolean[] covered;
        /** Folded word to the document name it is a slip for ("" for none), computed once per word. */
        final Map<String, String> variants = new HashMap<>();
        VariantIndex nameIndex;

        Run(String text, LocalDate date, List<TextToken> tokens, DocumentNames names) {
            this.text = text;
            this.date = date;
            this.tokens = tokens;
            this.names = names;
            this.covered = new boolean[tokens.size()];
        }

        // ---- phrases: gazetteer names of one to three words ----

        void phrases() {
            int i = 0;
            while (i < tokens.size()) {
                if (!namey(i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j).joinedToNext() && namey(j + 1)) {
                    j++;
                }
                phrase(i, j + 1);
                i = j + 1;
            }
        }

        /** Could this word be part of a name? */
        boolean namey(int i) {
            TextToken t = tokens.get(i);
            if (t.embedded() || t.length() < 2) {
                return false;
            }
            String f = t.folded();
            if (t.capitalised()) {
                return !(t.sentenceStart() && isWord(f) && !gazetteer.isNameWord(f));
            }
            if (!isWord(f)) {
                return t.length() >= 3;
            }
            // a lower-case word may be a lower-cased name: "stef bullock", "hillary clinton", "josh earnest"
            return gazetteer.isNameWord(f) && (neighbourNamey(i - 1) || neighbourNamey(i + 1)
                    || neighbourNameWord(i - 1) || neighbourNameWord(i + 1));
        }

        private boolean neighbourNamey(int i) {
            if (i < 0 || i >= tokens.size()) {
                return false;
            }
            TextToken t = tokens.get(i);
            return !t.embedded() && (t.capitalised() || !isWord(t.folded()));
        }

        private boolean neighbourNameWord(int i) {
            if (i < 0 || i >= tokens.size()) {
                return false;
            }
            TextToken t = tokens.get(i);
            return !t.embedded() && !FUNCTION_WORDS.contains(t.folded()) && gazetteer.isNameWord(t.folded());
        }

        void phrase(int from, int to) {
            for (int len = Math.min(MAX_WORDS + 1, to - from); len >= 1; len--) {
                for (int s = from; s + len <= to; s++) {
                    if (anyCovered(s, s + len)) {
                        continue;
                    }
                    Proposal p = len >= 2 ? pinyin(s, s + len) : documentVariant(tokens.get(s));
                    if (p == null && len <= MAX_WORDS) {
                        p = gazetteerMatch(s, s + len);
                    }
                    if (p != null) {
                        accept(p);
                    }
                }
            }
        }

        /** "Quan Wukun": the pinyin reading of a Chinese-script alias. */
        Proposal pinyin(int from, int to) {
            String joined = NameKeys.lettersOnly(NameKeys.fold(span(from, to)));
            if (joined.length() < 6 || !gazetteer.byName(span(from, to)).isEmpty()) {
                return null;
            }
            List<GazetteerEntry> hits = gazetteer.byPinyin(joined);
            if (hits.size() != 1) {
                return null;
            }
            GazetteerEntry e = hits.get(0);
            if (NameKeys.lettersOnly(NameKeys.fold(e.name())).equals(joined)) {
                return null; // a Chinese name written in pinyin already: nothing to repair
            }
            String han = e.aliases().stream().filter(NameKeys::hasHan)
                    .filter(a -> joined.equals(NameKeys.pinyin(a))).findFirst().orElse("");
            RoleContext ctx = new RoleContext(text, tokens.get(from).start(), tokens.get(to - 1).end());
            Role role = ctx.matching(e, date);
            String evidence = "'" + span(from, to) + "' is the pinyin reading of " + han + ", a name of " + e.name()
                    + (role == null ? "" : "; " + roleEvidence(ctx, role));
            return new Proposal(from, to, e.name(), role == null ? 0.85 : 0.95, evidence, familyName(e.name()), e.type(),
                    from, to);
        }

        /** A gazetteer name that these words match, exactly but for case, or by sound. */
        Proposal gazetteerMatch(int from, int to) {
            int k = to - from;
            List<String> words = new ArrayList<>(k);
            for (int i = from; i < to; i++) {
                words.add(tokens.get(i).folded());
            }
            List<GazetteerEntry> exact = gazetteer.byName(String.join(" ", words));
            if (!exact.isEmpty()) {
                return k >= 2 ? truecase(from, to, exact) : null;
            }
            if (!suspicious(from, to)) {
                return null;
            }
            java.util.Set<GazetteerEntry> found = candidatesFor(from, to);
            if (found.isEmpty()) {
                return null;
            }
            List<Candidate> candidates = new ArrayList<>();
            RoleContext ctx = new RoleContext(text, tokens.get(from).start(), tokens.get(to - 1).end());
            for (GazetteerEntry e : found) {
                Candidate c = align(e, from, to, ctx);
                if (c != null) {
                    candidates.add(c);
                }
            }
            if (candidates.isEmpty()) {
                return null;
            }
            candidates.sort(Comparator.comparingInt(Candidate::strength).reversed());
            Candidate best = candidates.get(0);
            // A rival that matches some word exactly is a real alternative: only a post named nearby may
            // decide between them ("stef bullock": Stef Blok or Steve Bullock?).
            boolean clearMargin = candidates.stream().skip(1).allMatch(c -> c.strength() < best.strength()
                    && (c.exact() == 0 || best.role() != null));
            if (!clearMargin || !best.decisive()) {
                return null;
            }
            return proposal(best, candidates.size() - 1);
        }

        /**
         * "hillary clinton" to "Hillary Clinton": every word a name's, only the case wrong. Only words all
         * in lower case change: "USA TODAY" is a style, and "the Washington Post" keeps its article.
         */
        Proposal truecase(int from, int to, List<GazetteerEntry> exact) {
            List<String> folded = NameKeys.words(span(from, to));
            Gazetteer.NameForm match = gazetteer.forms(exact.get(0)).stream()
                    .filter(f -> f.folded().equals(folded)).findFirst().orElse(null);
            if (match == null || match.cased().size() != to - from) {
                return null;
            }
            String form = match.name();
            List<String> cased = match.cased();
            boolean lowerNonWord = false;
            boolean anyNonWord = false;
            StringBuilder out = new StringBuilder();
            for (int i = from; i < to; i++) {
                TextToken t = tokens.get(i);
                boolean lower = t.text().equals(t.text().toLowerCase(Locale.ROOT));
                String w = lower && !FUNCTION_WORDS.contains(t.folded()) ? cased.get(i - from) : t.text();
                anyNonWord |= !isWord(t.folded());
                lowerNonWord |= lower && !isWord(t.folded());
                out.append(i > from ? " " : "").append(w);
            }
            // "hillary clinton", "Donald trump": a person's name, or a lower-case word that is no English
            // word. Not "Chinese foreign ministry": many papers write an office's name in lower case.
            boolean nameWord = lowerNonWord || exact.get(0).isPerson() && anyNonWord;
            if (out.toString().equals(span(from, to))) {
                return null;
            }
            if (nameWord) {
                return new Proposal(from, to, out.toString(), 0.9, "'" + form + "' in the gazetteer, written here in lower case")
                        .typed(exact.get(0).type());
            }
            // Every word an English word ("josh earnest", "the white house"): only a post named nearby makes
            // it a name.
            RoleContext ctx = new RoleContext(text, tokens.get(from).start(), tokens.get(to - 1).end());
            for (GazetteerEntry e : exact) {
                Role role = ctx.matching(e, date);
                if (role != null) {
                    return new Proposal(from, to, out.toString(), 0.85, "'" + form + "' in the gazetteer, written here in "
                            + "lower case; " + roleEvidence(ctx, role)).typed(e.type());
                }
            }
            return null;
        }

        /** Does any word look damaged: lower case, or unknown and written only once? */
        boolean suspicious(int from, int to) {
            for (int i = from; i < to; i++) {
                TextToken t = tokens.get(i);
                String f = t.folded();
                if (!t.capitalised()) {
                    return true;
                }
                if (!known(f) && names.count(f) == 1) {
                    return true;
                }
            }
            return false;
        }

        boolean known(String folded) {
            return isWord(folded) || lexicon.isFirstName(folded) || lexicon.isProperName(folded)
                    || gazetteer.isNameWord(folded);
        }

        /** Entries with a name word that shares a key with a damaged-looking word of the phrase. */
        java.util.Set<GazetteerEntry> candidatesFor(int from, int to) {
            java.util.Set<GazetteerEntry> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = from; i < to; i++) {
                if (suspicious(i, i + 1)) {
                    out.addAll(gazetteer.byWordKeys(tokens.get(i).folded()));
                }
            }
            return out;
        }

        /** Lines the words up with one of the entry's names, or null when some word does not match. */
        Candidate align(GazetteerEntry e, int from, int to, RoleContext ctx) {
            int k = to - from;
            Candidate best = null;
            for (Gazetteer.NameForm form : gazetteer.forms(e)) {
                List<String> folded = form.folded();
                List<String> cased = form.cased();
                int m = folded.size();
                int[] target;
                if (k == m) {
                    target = new int[k];
                    for (int i = 0; i < k; i++) {
                        target[i] = i;
                    }
                } else if (k == 2 && m >= 3 && e.isPerson()) {
                    target = new int[] {0, m - 1};
                } else if (k == 1 && m >= 2 && e.isPerson()) {
                    target = new int[] {m - 1};
                } else {
                    continue;
                }
                int exact = 0;
                int damaged = 0;
                boolean spelledClose = true;
                boolean ok = true;
                StringBuilder replacement = new StringBuilder();
                for (int i = 0; i < k && ok; i++) {
                    TextToken t = tokens.get(from + i);
                    String want = folded.get(target[i]);
                    if (t.folded().equals(want)) {
                        // a lower-case "the" or "news" matching proves nothing; "brown" in "Sherod brown" does
                        if (t.capitalised() || !isWord(t.folded())
                                || e.isPerson() && t.length() >= 4 && !FUNCTION_WORDS.contains(t.folded())
                                && gazetteer.isNameWord(t.folded())) {
                            exact++;
                        }
                    } else if (soundsLike(t.folded(), want)) {
                        spelledClose &= closeInSpelling(t.folded(), want);
                        // Within a name, a capitalised word ("Barrack") may be damage even if it is an English
                        // word; a first name or a gazetteer name ("Kelly", "Bullock") is a name of its own.
                        boolean name = lexicon.isFirstName(t.folded()) || gazetteer.isNameWord(t.folded());
                        if (!name && (t.capitalised() || !isWord(t.folded()))) {
                            damaged++;
                        }
                    } else {
                        ok = false;
                    }
                    replacement.append(i > 0 ? " " : "").append(cased.get(target[i]));
                }
                if (!ok || exact == k || k == 1 && tokens.get(from).length() < 4) {
                    continue;
                }
                Role role = ctx.matching(e, date);
                boolean elsewhere = names.capitalised(folded.get(m - 1)) > 0 && !folded.get(m - 1).equals(tokens.get(to - 1).folded());
                Candidate c = new Candidate(e, from, to, replacement.toString(), exact, damaged, role, ctx, elsewhere,
                        spelledClose);
                if (best == null || c.strength() > best.strength()) {
                    best = c;
                }
            }
            return best;
        }

        // ---- single words: the document's own spelling, and lower-cased names ----

        void singleWords() {
            for (TextToken t : tokens) {
                if (covered[t.index()] || t.embedded() || t.length() < 3) {
                    continue;
                }
                Proposal p = documentVariant(t);
                if (p == null && !t.capitalised()) {
                    p = lowerCasedName(t);
                }
                if (p != null) {
                    accept(p);
                }
            }
        }

        /** "clinton" where the document writes "Clinton", or "the trump administration". */
        Proposal lowerCasedName(TextToken t) {
            String f = t.folded();
            String form = names.capitalisedForm(f);
            if (!isWord(f)) {
                boolean nameLike = gazetteer.isNameWord(f) || lexicon.isFirstName(f) || lexicon.isProperName(f)
                        || names.capitalised(f) >= 2;
                if (form != null && nameLike && names.capitalised(f) > names.count(f) - names.capitalised(f)) {
                    return new Proposal(t.index(), t.index() + 1, form, 0.9,
                            "written '" + form + "' elsewhere in the document");
                }
                if (nameLike && insideName(t.index()) && !FUNCTION_WORDS.contains(f)) {
                    String w = capitalise(t.text());
                    return new Proposal(t.index(), t.index() + 1, w, 0.8, "'" + t.text()
                            + "' is a known name, not an English word, and written in lower case inside the name '"
                            + nameAround(t.index(), w) + "'");
                }
                List<GazetteerEntry> named = gazetteer.byName(f);
                if (t.length() >= 4 && !named.isEmpty() && lettersEqualIgnoringCase(t.text(), lastWord(named.get(0), f))) {
                    String w = lastWord(named.get(0), f);
                    return new Proposal(t.index(), t.index() + 1, w, 0.8,
                            "'" + w + "' is a name in the gazetteer (" + named.get(0).name() + ") and not an English word")
                            .typed(named.stream().allMatch(e -> e.type().equals(named.get(0).type())) ? named.get(0).type() : null);
                }
                return null;
            }
            // An ordinary word ("trump", "may", "brown") is a name only as a known person's surname, where
            // the document uses it as a name nearly always, or in a place only a name fits: "the trump
            // administration", "President trump".
            GazetteerEntry person = gazetteer.byName(f).stream().filter(GazetteerEntry::isPerson)
                    .filter(e -> f.equals(NameKeys.lettersOnly(lastFolded(e.name()))))
                    .filter(e -> form != null || date != null && !e.rolesOn(date).isEmpty()).findFirst().orElse(null);
            int capitalised = names.capitalised(f);
            boolean dominant = capitalised >= 4 && capitalised >= 4 * (names.count(f) - capitalised);
            if (person == null || !dominant && !nameContext(t.index())) {
                return null;
            }
            String w = form != null ? form : lastWord(person, f);
            if (w == null || !lettersEqualIgnoringCase(t.text(), w)) {
                return null;
            }
            String why = form != null ? "written '" + form + "' elsewhere in the document"
                    + (dominant ? " (" + capitalised + " times), a surname in the gazetteer (" + person.name() + ")" : "")
                    : person.name() + " held a post on " + date;
            return new Proposal(t.index(), t.index() + 1, w, 0.75,
                    dominant ? why : why + ", and used here as a name ('" + context(t.index()) + "')").typed("PERSON");
        }

        /** Whether a capitalised word of a name is next to this one: "Craig bryan", "bryan Smith". */
        boolean insideName(int i) {
            TextToken t = tokens.get(i);
            TextToken prev = i > 0 ? tokens.get(i - 1) : null;
            TextToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean before = prev != null && prev.joinedToNext() && prev.capitalised() && !prev.embedded()
                    && !(prev.sentenceStart() && isWord(prev.folded())) && !TITLES.contains(prev.folded());
            boolean after = next != null && t.joinedToNext() && next.capitalised() && !next.embedded()
                    && !isWord(next.folded());
            return before || after;
        }

        String nameAround(int i, String replaced) {
            StringBuilder b = new StringBuilder();
            for (int k = Math.max(0, i - 1); k <= Math.min(tokens.size() - 1, i + 1); k++) {
                boolean part = k == i || (k < i ? tokens.get(k).joinedToNext() && tokens.get(k).capitalised()
                        : tokens.get(i).joinedToNext() && tokens.get(k).capitalised());
                if (part) {
                    b.append(b.length() > 0 ? " " : "").append(k == i ? replaced : tokens.get(k).text());
                }
            }
            return b.toString();
        }

        /** "President trump", "the trump administration", "trump's": only a name fits here. */
        boolean nameContext(int i) {
            TextToken prev = i > 0 ? tokens.get(i - 1) : null;
            boolean rare = names.count(tokens.get(i).folded()) - names.capitalised(tokens.get(i).folded()) <= 2;
            if (rare && prev != null && prev.capitalised() && prev.joinedToNext() && TITLES.contains(prev.folded())) {
                return true;
            }
            if (i + 1 < tokens.size() && tokens.get(i).joinedToNext()
                    && NAME_FOLLOWERS.contains(tokens.get(i + 1).folded())) {
                return true;
            }
            int end = tokens.get(i).end();
            return end + 1 < text.length() && "\u2019'".indexOf(text.charAt(end)) >= 0 && text.charAt(end + 1) == 's';
        }

        /** "ponpeo" beside "Pompeo": one or two letters from a name the document writes more often. */
        Proposal documentVariant(TextToken t) {
            String f = t.folded();
            // An English word ("tromp") may still be a slip for a name the document uses often.
            boolean word = isWord(f);
            if (t.length() < 4 || lexicon.isFirstName(f) || lexicon.isProperName(f) || gazetteer.isNameWord(f)
                    || names.capitalised(f) >= 2
                    || Countries.code(f) != null || word && (t.sentenceStart() || !t.capitalised())) {
                return null;
            }
            String best = variants.computeIfAbsent(f, k -> bestVariant(k, word));
            if (best.isEmpty()) {
                return null;
            }
            int bestCount = names.capitalised(best);
            String form = names.capitalisedForm(best);
            return new Proposal(t.index(), t.index() + 1, form, bestCount >= 2 ? 0.92 : 0.85,
                    "same-document variant of '" + form + "' (written so " + bestCount + (bestCount == 1 ? " time" : " times")
                            + "); '" + t.text() + "' is " + (word ? "a name nowhere" : "not an English word or a known name"));
        }

        /** The document's name that folded word {@code f} is a slip for, or "" when none is clearly it. */
        String bestVariant(String f, boolean word) {
            String best = null;
            int bestCount = 0;
            boolean tie = false;
            for (String n : nameIndex().lookup(f)) {
                if (n.equals(f) || Math.abs(n.length() - f.length()) > 2 || n.charAt(0) != f.charAt(0)
                        && n.length() < 6) {
                    continue;
                }
                if (n.length() < 4 || n.startsWith(f) || f.startsWith(n) || Countries.code(n) != null) {
                    continue; // "Syria" and "Syrian", "Clinton" and "Clintons": words, not damage
                }
                int d = EDITS.apply(f, n);
                boolean close = d == 1 || d == 2 && f.length() >= 7 && NameKeys.skeleton(f).equals(NameKeys.skeleton(n));
                int count = names.capitalised(n);
                // the right form is one the document repeats, or a name known outside it: "Amerrican" once is
                // as likely damaged as "amerecan"
                boolean trusted = count >= 2 || gazetteer.isNameWord(n) || lexicon.isProperName(n)
                        || lexicon.isFirstName(n);
                // as often as the damaged form is enough when the right one is a known name and it is not
                int needed = gazetteer.isNameWord(n) || lexicon.isProperName(n) ? names.capitalised(f)
                        : names.capitalised(f) + 1;
                if (!close || !trusted || count < needed || isWord(n) && !gazetteer.isNameWord(n)
                        || word && (count < 2 || !gazetteer.isNameWord(n))) {
                    continue;
                }
                if (count > bestCount) {
                    tie = best != null && count < bestCount * 2;
                    best = n;
                    bestCount = count;
                } else if (count * 2 > bestCount) {
                    tie = true;
                }
            }
            return best == null || tie ? "" : best;
        }

        /** The document's names by spelling keys, built on first need: comparing every pair is quadratic. */
        VariantIndex nameIndex() {
            if (nameIndex == null) {
                nameIndex = new VariantIndex(names.names());
            }
            return nameIndex;
        }

        // ---- the same damage, everywhere in the document ----

        void propagate() {
            if (repairedWords.isEmpty()) {
                return;
            }
            for (TextToken t : tokens) {
                String to = repairedWords.get(t.folded());
                if (to != null && !covered[t.index()] && !t.embedded() && !isWord(t.folded())) {
                    accept(new Proposal(t.index(), t.index() + 1, to, 0.8,
                            "'" + t.text() + "' stands for '" + to + "' in a name repaired elsewhere in the document")
                            .typed(repairedTypes.get(t.folded())));
                }
            }
        }

        void accept(Proposal p) {
            if (anyCovered(p.from(), p.to())) {
                return;
            }
            if (p.familyName() != null) {
                learn(tokens.get(p.from()).folded(), p.familyName(), p.type());
            }
            // Only the words that change are replaced: "fatu Bensouda" repairs "fatu".
            int from = p.from();
            int to = p.to();
            String[] repl = p.replacement().split(" ");
            int a = 0;
            int b = repl.length;
            if (repl.length == to - from && p.familyName() == null) {
                while (a < b && repl[a].equals(tokens.get(from + a).text())) {
                    a++;
                }
                while (b > a && repl[b - 1].equals(tokens.get(from + b - 1).text())) {
                    b--;
                }
                if (a == b) {
                    return;
                }
                for (int i = a; i < b; i++) {
                    TextToken t = tokens.get(from + i);
                    if (!t.folded().equals(NameKeys.fold(repl[i])) && !isWord(t.folded())) {
                        learn(t.folded(), repl[i], p.type());
                    }
                }
                from += a;
                to = from + (b - a);
                String replacement = String.join(" ", java.util.Arrays.copyOfRange(repl, a, b));
                p = new Proposal(from, to, replacement, p.confidence(), p.evidence(), null, p.type(), p.nameFrom(),
                        p.nameTo());
            }
            // the whole matched name is settled, not only the words that changed
            for (int i = Math.min(p.from(), p.nameFrom()); i < Math.max(p.to(), p.nameTo()); i++) {
                covered[i] = true;
            }
            proposals.add(p);
        }

        void learn(String damaged, String word, String type) {
            if (repairedWords.putIfAbsent(damaged, word) == null && type != null) {
                repairedTypes.put(damaged, type);
            }
        }

        boolean anyCovered(int from, int to) {
            for (int i = from; i < to; i++) {
                if (covered[i]) {
                    return true;
                }
            }
            return false;
        }

        List<NameRepair> chosen() {
            List<NameRepair> out = new ArrayList<>();
            proposals.sort(Comparator.comparingInt(Proposal::from));
            for (Proposal p : proposals) {
                int s = tokens.get(p.from()).start();
                int e = tokens.get(p.to() - 1).end();
                out.add(new NameRepair(s, e, text.substring(s, e), p.replacement(), Math.round(p.confidence() * 100) / 100.0,
                        p.evidence(),
                        tokens.get(p.nameFrom()).start(), tokens.get(p.nameTo() - 1).end(), p.type()));
            }
            return out;
        }

        String span(int from, int to) {
            return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        }

        String context(int i) {
            int s = tokens.get(Math.max(0, i - 1)).start();
            int e = tokens.get(Math.min(tokens.size() - 1, i + 1)).end();
            return text.substring(s, e);
        }

        Proposal proposal(Candidate c, int rivals) {
            StringBuilder why = new StringBuilder("gazetteer name '").append(c.entry().name()).append('\'');
            String[] repl = c.replacement().split(" ");
            for (int i = c.from(); i < c.to(); i++) {
                TextToken t = tokens.get(i);
                String want = repl[i - c.from()];
                if (t.folded().equals(NameKeys.fold(want))) {
                    why.append("; '").append(t.text()).append("' matches");
                } else {
                    why.append("; '").append(t.text()).append("' sounds like '").append(want).append('\'')
                            .append(known(t.folded()) ? "" : " and is no known word or name");
                }
            }
            if (c.role() != null) {
                why.append("; ").append(roleEvidence(c.ctx(), c.role()));
            }
            if (c.elsewhere()) {
                why.append("; the document writes it right elsewhere");
            }
            if (rivals > 0) {
                why.append("; ").append(rivals).append(rivals == 1 ? " other candidate has" : " other candidates have")
                        .append(" less evidence");
            }
            double confidence = Math.min(0.97, 0.6 + (c.role() != null ? 0.2 : 0) + 0.05 * c.exact()
                    + 0.05 * c.damaged() + (c.elsewhere() ? 0.05 : 0));
            return new Proposal(c.from(), c.to(), c.replacement(), confidence, why.toString()).typed(c.entry().type());
        }

        String roleEvidence(RoleContext ctx, Role role) {
            return "'" + ctx.describe(role) + "' nearby: " + role.title()
                    + (role.country().isEmpty() ? "" : " (" + Countries.name(role.country()) + ")")
                    + (date == null ? "" : " on " + date);
        }

        /**
         * A gazetteer name lined up with some words of the text, and what speaks for it: {@code exact}
         * words match, {@code damaged} of those that differ are no known word or name.
         */
        record Candidate(GazetteerEntry entry, int from, int to, String replacement, int exact, int damaged,
                         Role role, RoleContext ctx, boolean elsewhere, boolean spelledClose) {
            int strength() {
                return (role != null ? 4 : 0) + exact * 2 + damaged + (elsewhere ? 1 : 0);
            }

            /**
             * Enough to repair: a post the context names, with a word matching exactly or plainly damaged;
             * or several words of which the right ones match exactly and all the others are no known word.
             */
            boolean decisive() {
                if (role != null) {
                    return exact >= 1 || damaged > 0;
                }
                if (to - from == 1) {
                    return false; // one word alone is too little to go on without a post named nearby
                }
                boolean allDamaged = damaged == to - from - exact;
                return allDamaged && spelledClose && (exact >= 1 && to - from >= 2 || elsewhere);
            }
        }
    }

    /**
     * A repair of tokens {@code [from, to)}. {@code familyName}, for a name read from Chinese characters,
     * is what the reading of the first character (the family name) stands for alone ("Quan said").
     */
    record Proposal(int from, int to, String replacement, double confidence, String evidence, String familyName,
                    String type, int nameFrom, int nameTo) {
        Proposal(int from, int to, String replacement, double confidence, String evidence) {
            this(from, to, replacement, confidence, evidence, null, null, from, to);
        }

        /** This proposal, known to repair a name of that gazetteer type. */
        Proposal typed(String type) {
            return new Proposal(from, to, replacement, confidence, evidence, familyName, type, nameFrom, nameTo);
        }
    }

    /**
     * Whether a word of the text may be a damaged form of a name's word: their keys meet, and they are
     * close in spelling or sound alike from the first letter. A word that only adds an ending
     * ("Yorkers", "Syrians") is an inflection, not damage.
     */
    static boolean soundsLike(String word, String name) {
        String w = NameKeys.lettersOnly(word);
        String n = NameKeys.lettersOnly(name);
        if (w.length() < 2 || n.length() < 2 || w.startsWith(n) || n.startsWith(w)
                || Math.abs(w.length() - n.length()) > Math.max(w.length(), n.length()) / 2) {
            return false;
        }
        if (closeInSpelling(w, n)) {
            return true;
        }
        return NameKeys.skeleton(w).equals(NameKeys.skeleton(n)) && NameKeys.skeleton(w).length() >= 2
                && w.charAt(0) == n.charAt(0) || sameSound(w, n);
    }

    /** One or two letters apart (two only in longer words): how typing and transliteration slips look. */
    static boolean closeInSpelling(String word, String name) {
        String w = NameKeys.lettersOnly(word);
        String n = NameKeys.lettersOnly(name);
        int d = EDITS.apply(w, n);
        int shorter = Math.min(w.length(), n.length());
        // in a short word one letter is a lot: "Ham" is not "Lam", though "jym" may be "Jim"
        return d >= 0 && d <= (shorter >= 6 ? 2 : 1) && (shorter >= 5 || w.charAt(0) == n.charAt(0));
    }

    private static boolean sameSound(String w, String n) {
        String sw = NameKeys.skeleton(w);
        String sn = NameKeys.skeleton(n);
        return !sw.isEmpty() && !sn.isEmpty() && sw.charAt(0) == sn.charAt(0)
                && !java.util.Collections.disjoint(NameKeys.metaphone(w), NameKeys.metaphone(n))
                && Math.abs(w.length() - n.length()) <= Math.max(w.length(), n.length()) / 2;
    }

    /**
     * An English word, or a compound of them ("long-term", "post-debate").
     */
    private boolean isWord(String folded) {
        if (lexicon.isWord(folded)) {
            return true;
        }
        if (folded.indexOf('-') > 0) {
            for (String part : folded.split("-")) {
                if (!part.isEmpty() && !lexicon.isWord(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static String lastWord(GazetteerEntry e, String folded) {
        for (String n : e.names()) {
            for (String w : n.split("\\s+")) {
                if (NameKeys.fold(w).equals(folded)) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * Which word of a name written in Western order is the family name: the one word without a hyphen
     * when the other is a hyphenated Korean given name ("O-Gon Kwon"), else the last word.
     */
    static String familyName(String name) {
        String[] w = name.trim().split("\\s+");
        if (w.length == 2 && w[0].contains("-") != w[1].contains("-")) {
            return w[0].contains("-") ? w[1] : w[0];
        }
        return w[w.length - 1];
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private static String lastFolded(String name) {
        List<String> w = NameKeys.words(name);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    private static boolean lettersEqualIgnoringCase(String a, String b) {
        return b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
