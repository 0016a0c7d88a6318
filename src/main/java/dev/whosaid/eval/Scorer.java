package dev.whosaid.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import dev.whosaid.eval.ScoreReport.Counts;
import dev.whosaid.eval.ScoreReport.ErrorDoc;
import dev.whosaid.eval.ScoreReport.KindRecall;
import dev.whosaid.eval.ScoreReport.ModeScore;
import dev.whosaid.eval.ScoreReport.Prf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores quote extraction and attribution against gold annotations: a port of the reference
 * scorer {@code shared/eval/score.py}, which it must agree with figure for figure (see its
 * docstring for the rules; they are only summarised here).
 *
 * <p>Gold records ({@code {id, text, quotes: [{spans, kind, speaker, speaker_spans,
 * [speaker_clean]}]}}) carry Python code-point offsets; system records (output contract v1,
 * {@code {id, text, quotes: [{kind, start, end, speaker: {name, mention: {start, end}}}]}} or
 * {@code {id, error}}) carry Java UTF-16 offsets, which are converted to code points of the GOLD
 * text exactly as score.py does. Spans are trimmed of whitespace and quotation marks, matched one
 * to one, greedily, in lenient (overlap >= 50% of the shorter span) and strict (>= 80% of the
 * longer) mode, with the characters in the gaps of a discontinuous gold quote neutral.
 *
 * <p>Malformed system input: wherever score.py reads a value the same way, so does this class
 * (offsets through Python's int(), truthiness, dict-key equality of ids). Where score.py would stop
 * with an exception instead, this class keeps going: a quote that is not an object, or whose
 * trimmed span would index outside the text (Python IndexError), counts as an unreadable quote; a
 * speaker that is not an object, or a mention whose start/end are not integers, is ignored; a
 * {@code quotes} value that is not an array and a record that is not an object (the latter keyed as
 * id None) carry no quotes. Offsets beyond ±2^40 are saturated. Malformed gold (no id, no text,
 * spans out of range) throws IllegalArgumentException.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Reads both files as JSON Lines (see {@link JsonLines#read}) and scores them. */
    public static ScoreReport score(Path gold, Path system, Subset subset) throws IOException {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(subset, "subset");
        return score(JsonLines.read(gold), JsonLines.read(system), subset);
    }

    /**
     * Scores system records against gold records.
     *
     * @param gold   gold records, one per document
     * @param system system records (output contract v1 or error records), in any order
     * @param subset which quotes to score
     * @throws IllegalArgumentException if a gold record is malformed
     */
    public static ScoreReport score(List<JsonNode> gold, List<JsonNode> system, Subset subset) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(subset, "subset");

        // Python dict semantics: the first id object stays the key, the last record wins.
        Map<String, JsonNode> firstId = new LinkedHashMap<>();
        Map<String, JsonNode> sysById = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (JsonNode r : system) {
            JsonNode id = r != null && r.isObject() ? r.path("id") : MissingNode.getInstance();
            String key = PyCompat.idKey(id);
            if (sysById.containsKey(key)) {
                duplicates.add(PyCompat.idText(id));
            } else {
                firstId.put(key, id);
            }
            sysById.put(key, r);
        }
        Set<String> goldIds = new HashSet<>();
        for (JsonNode g : gold) {
            goldIds.add(PyCompat.idKey(goldId(g)));
        }

        int[] unreadable = {0};
        List<String> missing = new ArrayList<>();
        List<ErrorDoc> errors = new ArrayList<>();
        List<String> textMismatch = new ArrayList<>();
        Tally lenient = new Tally();
        Tally strict = new Tally();
        for (JsonNode g : gold) {
            JsonNode id = goldId(g);
            JsonNode textNode = g.get("text");
            if (textNode == null || !textNode.isTextual()) {
                throw new IllegalArgumentException("gold record " + PyCompat.str(id) + " has no text");
            }
            String text = textNode.textValue();
            int[] cps = text.codePoints().toArray();
            List<GoldQuote> gqs = goldQuotes(g, cps, subset);
            JsonNode r = sysById.get(PyCompat.idKey(id));
            List<SysQuote> sqs = List.of();
            if (r == null) {
                missing.add(PyCompat.idText(id));
            } else if (r.isObject() && r.has("error")) {
                errors.add(new ErrorDoc(PyCompat.idText(id), r.get("error")));
            } else if (r.isObject()) {
                JsonNode sysText = r.get("text");
                if (sysText != null && !(sysText.isTextual() && sysText.textValue().equals(text))) {
                    textMismatch.add(PyCompat.idText(id));
                }
                sqs = sysQuotes(r, text, cps, subset, unreadable);
            }
            lenient.add(sqs, gqs, false);
            strict.add(sqs, gqs, true);
        }

        List<String> extra = new ArrayList<>();
        firstId.forEach((key, id) -> {
            if (!goldIds.contains(key)) {
                extra.add(PyCompat.str(id));
            }
        });
        extra.sort(PyCompat.CODE_POINT_ORDER);
        return new ScoreReport(subset, gold.size(), system.size(), missing, errors, textMismatch, extra,
                duplicates, unreadable[0], lenient.result(), strict.result());
    }

    private static JsonNode goldId(JsonNode g) {
        if (g == null || !g.isObject() || !g.has("id")) {
            throw new IllegalArgumentException("gold record without an id: " + g);
        }
        return g.get("id");
    }

    // ------------------------------------------------------------------ quotes

    private record Speaker(long[][] spans, Set<String> tokens) {
    }

    /** A gold quote: its trimmed content fragments (in the given order) and its speaker, if any. */
    private record GoldQuote(long[][] frags, long len, String kind, Speaker speaker) {
    }

    /** A system quote in code points of the gold text; mention null when absent. */
    private record SysQuote(long s, long e, long len, long[] mention, Set<String> nameTokens,
                            boolean hasSpeaker) {
    }

    private static boolean isMarkKind(JsonNode kind) {
        return kind != null && kind.isTextual()
                && (kind.textValue().equals("direct") || kind.textValue().equals("mixed"));
    }

    private static List<GoldQuote> goldQuotes(JsonNode rec, int[] text, Subset subset) {
        List<GoldQuote> out = new ArrayList<>();
        JsonNode quotes = rec.get("quotes");
        if (quotes == null || quotes.isNull()) {
            return out;
        }
        for (JsonNode q : quotes) {
            JsonNode kind = q.path("kind");
            if (subset == Subset.DIRECT && !isMarkKind(kind)) {
                continue;
            }
            List<long[]> frags = new ArrayList<>();
            long len = 0;
            for (JsonNode span : q.path("spans")) {
                long[] f;
                try {
                    f = trim(text, goldInt(span.get(0)), goldInt(span.get(1)));
                } catch (IndexOutOfBoundsException ex) {
                    throw new IllegalArgumentException("gold quote span " + span + " outside the text of "
                            + rec.get("id"), ex);
                }
                if (f[1] > f[0]) {
                    frags.add(f);
                    len += f[1] - f[0];
                }
            }
            if (frags.isEmpty()) {
                continue;
            }
            Speaker speaker = null;
            JsonNode name = q.get("speaker");
            if (name != null && !name.isNull() && PyCompat.truthy(q.get("speaker_spans"))) {
                List<long[]> spans = new ArrayList<>();
                for (JsonNode sp : q.get("speaker_spans")) {
                    spans.add(new long[] {goldInt(sp.get(0)), goldInt(sp.get(1))});
                }
                Set<String> tokens = new HashSet<>(PyCompat.nameTokens(name.isTextual() ? name.textValue() : null));
                JsonNode clean = q.get("speaker_clean");
                tokens.addAll(PyCompat.nameTokens(clean != null && clean.isTextual() ? clean.textValue() : null));
                speaker = new Speaker(spans.toArray(long[][]::new), tokens);
            }
            String kindKey = kind.isTextual() ? kind.textValue() : kind.isMissingNode() ? "null" : kind.toString();
            out.add(new GoldQuote(frags.toArray(long[][]::new), len, kindKey, speaker));
        }
        return out;
    }

    private static long goldInt(JsonNode v) {
        if (v == null || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("gold offset is not an integer: " + v);
        }
        return v.longValue();
    }

    private static List<SysQuote> sysQuotes(JsonNode rec, String text, int[] cps, Subset subset, int[] unreadable) {
        List<SysQuote> out = new ArrayList<>();
        JsonNode quotes = rec.get("quotes");
        if (!PyCompat.truthy(quotes) || !quotes.isArray()) {
            return out;
        }
        int[] conv = utf16ToCodePoint(text);
        for (JsonNode q : quotes) {
            if (!q.isObject()) {
                unreadable[0]++;
                continue;
            }
            JsonNode kind = q.has("kind") ? q.get("kind") : null;
            if (subset == Subset.DIRECT && !(kind == null || isMarkKind(kind))) { // absent kind means direct
                continue;
            }
            OptionalLong start = PyCompat.toInt(q.get("start"));
            OptionalLong end = PyCompat.toInt(q.get("end"));
            if (start.isEmpty() || end.isEmpty()) {
                unreadable[0]++;
                continue;
            }
            long[] se;
            try {
                se = trim(cps, toCodePoint(conv, start.getAsLong()), toCodePoint(conv, end.getAsLong()));
            } catch (IndexOutOfBoundsException ex) {
                unreadable[0]++; // score.py would stop with IndexError
                continue;
            }
            JsonNode sp = q.get("speaker");
            if (!PyCompat.truthy(sp) || !sp.isObject()) {
                sp = MissingNode.getInstance();
            }
            long[] mention = null;
            JsonNode m = sp.path("mention");
            if (m.isObject() && m.size() > 0 && m.has("start") && m.has("end")) {
                OptionalLong ms = PyCompat.toInt(m.get("start"));
                OptionalLong me = PyCompat.toInt(m.get("end"));
                if (ms.isPresent() && me.isPresent()) {
                    mention = new long[] {toCodePoint(conv, ms.getAsLong()), toCodePoint(conv, me.getAsLong())};
                }
            }
            JsonNode name = sp.path("name");
            Set<String> nameTokens = name.isTextual() ? PyCompat.nameTokens(name.textValue()) : Set.of();
            out.add(new SysQuote(se[0], se[1], Math.max(0, se[1] - se[0]), mention, nameTokens,
                    mention != null || PyCompat.truthy(name)));
        }
        return out;
    }

    /**
     * score.py's u16_to_cp: for each UTF-16 offset of the text, the code-point offset (an offset
     * between the two halves of a surrogate pair maps to the start of that character); null when
     * the text has no supplementary character, in which case offsets are used unchanged (and NOT
     * clamped, as in score.py).
     */
    private static int[] utf16ToCodePoint(String text) {
        if (text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
            return null;
        }
        int[] m = new int[text.length() + 1];
        int u = 0;
        int cp = 0;
        while (u < text.length()) {
            int c = text.codePointAt(u);
            m[u++] = cp;
            if (Character.isSupplementaryCodePoint(c)) {
                m[u++] = cp;
            }
            cp++;
        }
        m[u] = cp;
        return m;
    }

    private static long toCodePoint(int[] conv, long x) {
        if (conv == null) {
            return x;
        }
        return conv[(int) Math.min(Math.max(x, 0), conv.length - 1)];
    }

    /**
     * score.py's trim over code points, with Python indexing: a negative index counts from the
     * end; an index outside the text throws (IndexError in Python).
     */
    private static long[] trim(int[] text, long s, long e) {
        while (s < e && PyCompat.isTrim(at(text, s))) {
            s++;
        }
        while (e > s && PyCompat.isTrim(at(text, e - 1))) {
            e--;
        }
        return new long[] {s, e};
    }

    private static int at(int[] text, long i) {
        long k = i < 0 ? i + text.length : i;
        if (k < 0 || k >= text.length) {
            throw new IndexOutOfBoundsException("index " + i + " in a text of " + text.length + " characters");
        }
        return text[(int) k];
    }

    // ------------------------------------------------------------------ matching

    private static long overlap(SysQuote sq, GoldQuote gq) {
        long ov = 0;
        for (long[] f : gq.frags) {
            ov += Math.max(0, Math.min(sq.e, f[1]) - Math.max(sq.s, f[0]));
        }
        return ov;
    }

    /**
     * System characters in the gaps between consecutive gold fragments: neutral, since contract v1
     * gives one span per quote, so '"A," he said, "B"' can only be given whole.
     */
    private static long inGaps(SysQuote sq, GoldQuote gq) {
        long n = 0;
        long[][] fr = gq.frags;
        for (int k = 0; k + 1 < fr.length; k++) {
            n += Math.max(0, Math.min(sq.e, fr[k + 1][0]) - Math.max(sq.s, fr[k][1]));
        }
        return n;
    }

    /** A candidate pair and score.py's sort key: (-ov, -ov/union, gold start, system start, i, j). */
    private record Candidate(long ov, double negRatio, long goldStart, long sysStart, int i, int j) {
    }

    private static final Comparator<Candidate> CANDIDATE_ORDER = Comparator
            .comparingLong((Candidate c) -> -c.ov)
            .thenComparingDouble(Candidate::negRatio)
            .thenComparingLong(Candidate::goldStart)
            .thenComparingLong(Candidate::sysStart)
            .thenComparingInt(Candidate::i)
            .thenComparingInt(Candidate::j);

    /** Greedy one-to-one matching; returns pairs {system index, gold index} in the order taken. */
    private static List<int[]> match(List<SysQuote> sqs, List<GoldQuote> gqs, boolean strict) {
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < sqs.size(); i++) {
            SysQuote sq = sqs.get(i);
            if (sq.len <= 0) {
                continue;
            }
            for (int j = 0; j < gqs.size(); j++) {
                GoldQuote gq = gqs.get(j);
                long ov = overlap(sq, gq);
                if (ov <= 0) {
                    continue;
                }
                long slen = sq.len - inGaps(sq, gq);
                // same double arithmetic as Python: int * float, compared exactly with the int
                double need = strict ? 0.8 * Math.max(slen, gq.len) : 0.5 * Math.min(slen, gq.len);
                if (ov >= need) {
                    long union = slen + gq.len - ov;
                    cands.add(new Candidate(ov, (double) -ov / union, gq.frags[0][0], sq.s, i, j));
                }
            }
        }
        cands.sort(CANDIDATE_ORDER);
        boolean[] usedS = new boolean[sqs.size()];
        boolean[] usedG = new boolean[gqs.size()];
        List<int[]> pairs = new ArrayList<>();
        for (Candidate c : cands) {
            if (!usedS[c.i] && !usedG[c.j]) {
                usedS[c.i] = true;
                usedG[c.j] = true;
                pairs.add(new int[] {c.i, c.j});
            }
        }
        return pairs;
    }

    private static boolean speakerRight(SysQuote sq, GoldQuote gq) {
        Speaker spk = gq.speaker;
        if (sq.mention != null) {
            long ms = sq.mention[0];
            long me = sq.mention[1];
            for (long[] s : spk.spans) {
                if (Math.min(me, s[1]) > Math.max(ms, s[0])) {
                    return true;
                }
            }
        }
        for (String t : sq.nameTokens) {
            if (spk.tokens.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Running counts of one matching mode. */
    private static final class Tally {
        int sys;
        int gold;
        int matched;
        int sysAttr;
        int goldAttr;
        int attrRight;
        final Map<String, int[]> byKind = new TreeMap<>(PyCompat.CODE_POINT_ORDER); // {matched, gold}

        void add(List<SysQuote> sqs, List<GoldQuote> gqs, boolean strict) {
            List<int[]> pairs = match(sqs, gqs, strict);
            Set<Integer> matchedGold = new HashSet<>();
            Set<Integer> unjudged = new HashSet<>(); // matched to a gold quote with no speaker
            for (int[] p : pairs) {
                matchedGold.add(p[1]);
                GoldQuote gq = gqs.get(p[1]);
                if (gq.speaker == null) {
                    unjudged.add(p[0]);
                } else if (speakerRight(sqs.get(p[0]), gq)) {
                    attrRight++;
                }
            }
            sys += sqs.size();
            gold += gqs.size();
            matched += pairs.size();
            for (GoldQuote q : gqs) {
                if (q.speaker != null) {
                    goldAttr++;
                }
            }
            for (int i = 0; i < sqs.size(); i++) {
                if (sqs.get(i).hasSpeaker && !unjudged.contains(i)) {
                    sysAttr++;
                }
            }
            for (int j = 0; j < gqs.size(); j++) {
                int[] k = byKind.computeIfAbsent(gqs.get(j).kind, x -> new int[2]);
                k[1]++;
                if (matchedGold.contains(j)) {
                    k[0]++;
                }
            }
        }

        ModeScore result() {
            Map<String, KindRecall> kinds = new LinkedHashMap<>();
            byKind.forEach((kind, v) -> kinds.put(kind, new KindRecall(v[1] != 0 ? (double) v[0] / v[1] : 0.0, v[1])));
            return new ModeScore(prf(matched, sys, matched, gold), prf(attrRight, sysAttr, attrRight, goldAttr),
                    new Counts(sys, gold, matched, sysAttr, goldAttr, attrRight), kinds);
        }
    }

    private static Prf prf(int tpP, int nP, int tpR, int nR) {
        double p = nP != 0 ? (double) tpP / nP : 0.0;
        double r = nR != 0 ? (double) tpR / nR : 0.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }
}
