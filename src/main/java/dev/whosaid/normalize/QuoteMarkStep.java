package dev.whosaid.normalize;

import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.WarningCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Repairs double quotation marks so that every paragraph holds balanced, canonical pairs
 * (“ and ”), which later steps can read without guessing.
 *
 * <p>Machine translation and broken converters use the wrong glyph (a quote closed with “), drop one
 * mark of a pair, put spaces inside the marks, and mix straight and curly marks. A mark's position
 * says more than its glyph: one after a space and before a word opens, one after a word and before a
 * space or punctuation closes. Where the position is ambiguous, the glyph and the pairing decide.
 * A closing mark with no partner gets an opening one at the start of its sentence; an opening mark
 * never closed is closed at the end of its paragraph. Each of those guesses is logged and warned.
 */
final class QuoteMarkStep implements NormalizationStep {
    static final char OPEN = '\u201C';
    static final char CLOSE = '\u201D';

    private enum Role { OPEN, CLOSE, AMBIGUOUS }

    private record Edit(int from, int to, String replacement, String evidence, double confidence) {
    }

    @Override
    public MappedText apply(MappedText in, EditLog log) {
        String t = in.text();
        List<Edit> edits = new ArrayList<>();
        int ps = 0;
        while (ps < t.length()) {
            int pe = paragraphEnd(t, ps);
            repairParagraph(in, t, ps, pe, edits, log);
            ps = pe + 1;
            while (ps < t.length() && Character.isWhitespace(t.charAt(ps))) {
                ps++; // the blank line itself belongs to no paragraph
            }
        }
        if (edits.isEmpty()) {
            return in;
        }
        edits.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to));
        MappedTextBuilder out = new MappedTextBuilder(in, log);
        int done = 0;
        for (Edit e : edits) {
            int from = Math.max(e.from(), done);
            int to = Math.max(e.to(), from);
            if (t.substring(from, to).equals(e.replacement())) {
                continue; // already right: nothing to log
            }
            out.replace(from, to, e.replacement(), CorrectionKind.QUOTE_MARK, e.confidence(), e.evidence());
            done = to;
        }
        return out.build();
    }

    /**
     * Where the paragraph starting at {@code from} ends: at a blank line. A single line break is
     * hard wrapping inside a paragraph, and a quote may run across it.
     */
    static int paragraphEnd(String t, int from) {
        int k = t.indexOf('\n', from);
        while (k >= 0) {
            int j = k + 1;
            while (j < t.length() && isBlank(t.charAt(j))) {
                j++;
            }
            if (j < t.length() && t.charAt(j) == '\n') {
                return k;
            }
            k = t.indexOf('\n', k + 1);
        }
        return t.length();
    }

    private static void repairParagraph(MappedText in, String t, int ps, int pe, List<Edit> edits, EditLog log) {
        // nextLetter[k - ps]: the first letter or digit at or after k, so that "is there a word between
        // here and there" costs nothing, however many marks a hostile paragraph holds.
        int[] nextLetter = new int[pe - ps + 1];
        nextLetter[pe - ps] = pe;
        for (int k = pe - 1; k >= ps; k--) {
            nextLetter[k - ps] = Character.isLetterOrDigit(t.charAt(k)) ? k : nextLetter[k - ps + 1];
        }
        int openAt = -1;          // position of the mark that opened the current quote, or -1
        int openEdit = -1;        // index in edits of the edit that canonicalised that mark
        int lastClose = ps;       // first position after the last closed quote
        for (int i = ps; i < pe; i++) {
            char c = t.charAt(i);
            if (!isDoubleQuote(c)) {
                continue;
            }
            if (c == '"' && i > ps && Character.isDigit(t.charAt(i - 1)) && openAt < 0) {
                continue; // an inch mark (12" pipe), not a quotation mark
            }
            Role role = role(t, i, ps, pe);
            if (role == Role.AMBIGUOUS) {
                if (openAt >= 0) {
                    role = Role.CLOSE;
                } else if (nextLetter[i + 1 - ps] >= pe || c == CLOSE || c == '\u00BB') {
                    role = Role.CLOSE;
                } else {
                    role = Role.OPEN;
                }
            }
            if (role == Role.OPEN && openAt >= 0) {
                if (c == CLOSE || c == '"') {
                    role = Role.CLOSE; // the glyph and the open quote agree: it closes
                } else {
                    closeAt(in, t, openAt, lastSentenceEnd(t, openAt + 1, i), edits, log);
                    openAt = -1;
                }
            }
            if (role == Role.OPEN) {
                openAt = i;
                openEdit = edits.size();
                edits.add(openEdit(t, i, pe));
            } else if (openAt >= 0) {
                edits.add(closeEdit(t, i, openAt + 1));
                openAt = -1;
                lastClose = i + 1;
            } else {
                int start = sentenceStart(t, Math.max(ps, lastClose), i);
                if (nextLetter[start - ps] >= i) {
                    // Nothing to quote: a stray mark. Drop it rather than invent an empty quote.
                    edits.add(new Edit(i, i + 1, "", "stray quotation mark", 0.6));
                    int[] o = in.toOriginal(i, i + 1);
                    log.warn(WarningCode.W010, o[0], o[1]);
                    lastClose = i + 1; // the next search for a sentence start stops here
                    continue;
                }
                edits.add(new Edit(start, start, String.valueOf(OPEN), "opening quotation mark missing", 0.6));
                edits.add(closeEdit(t, i, start));
                int[] o = in.toOriginal(i, i + 1);
                log.warn(WarningCode.W002, o[0], o[1]);
                lastClose = i + 1;
            }
        }
        if (openAt >= 0) {
            int end = pe;
            while (end > openAt + 1 && isSpace(t.charAt(end - 1))) {
                end--;
            }
            if (nextLetter[openAt + 1 - ps] >= end) {
                edits.set(openEdit, new Edit(openAt, openAt + 1, "", "stray quotation mark", 0.6));
                int[] o = in.toOriginal(openAt, openAt + 1);
                log.warn(WarningCode.W010, o[0], o[1]);
            } else if (nextParagraphOpensQuote(t, pe)) {
                // Newspaper convention: a quote running over paragraphs is not closed until its last.
                edits.add(new Edit(end, end, String.valueOf(CLOSE), "quote continues in the next paragraph", 0.9));
            } else {
                closeAt(in, t, openAt, end, edits, log);
            }
        }
    }

    /** Closes a quote opened at {@code openAt} by inserting a closing mark at {@code end}, with a warning. */
    private static void closeAt(MappedText in, String t, int openAt, int end, List<Edit> edits, EditLog log) {
        edits.add(new Edit(end, end, String.valueOf(CLOSE), "closing quotation mark missing", 0.6));
        int[] o = in.toOriginal(openAt, openAt + 1);
        log.warn(WarningCode.W003, o[0], o[1]);
    }

    private static Edit openEdit(String t, int i, int pe) {
        int to = i + 1;
        while (to < pe && isBlank(t.charAt(to))) {
            to++;
        }
        String evidence = t.charAt(i) != OPEN ? "opening quotation mark" : "space inside quotation marks";
        return new Edit(i, to, String.valueOf(OPEN), evidence, 0.95);
    }

    private static Edit closeEdit(String t, int i, int notBefore) {
        int from = i;
        while (from > notBefore && isBlank(t.charAt(from - 1))) {
            from--;
        }
        String evidence = t.charAt(i) != CLOSE ? "closing quotation mark" : "space inside quotation marks";
        return new Edit(from, i + 1, String.valueOf(CLOSE), evidence, 0.95);
    }

    /** Opens after a blank or bracket and before a word; closes after a word and before a blank or punctuation. */
    private static Role role(String t, int i, int ps, int pe) {
        char prev = i > ps ? t.charAt(i - 1) : ' ';
        char next = i + 1 < pe ? t.charAt(i + 1) : ' ';
        boolean left = isSpace(prev) || "([{—–-/:".indexOf(prev) >= 0 || isDoubleQuote(prev);
        boolean right = isSpace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0 || isDoubleQuote(next)
                || next == '\'' || next == '\u2019';
        if (left && !right) {
            return Role.OPEN;
        }
        if (!left && right) {
            return Role.CLOSE;
        }
        return Role.AMBIGUOUS;
    }

    /** Where the sentence that ends just before {@code i} starts, not before {@code floor}. */
    static int sentenceStart(String t, int floor, int i) {
        int k = i - 1;
        while (k > floor && (isBlank(t.charAt(k)) || ".!?".indexOf(t.charAt(k)) >= 0)) {
            k--;
        }
        for (; k > floor; k--) {
            char c = t.charAt(k);
            if (isBlank(c) && ".!?:".indexOf(t.charAt(k - 1)) >= 0) {
                int s = k;
                while (s < i && isBlank(t.charAt(s))) {
                    s++;
                }
                return s;
            }
        }
        int s = floor;
        // A stray mark at the paragraph start is being dropped: the quote starts after it.
        while (s < i && (isSpace(t.charAt(s)) || isDoubleQuote(t.charAt(s)))) {
            s++;
        }
        return s;
    }

    /** The end of the last full sentence in {@code [from, to)}, or {@code to} if there is none. */
    private static int lastSentenceEnd(String t, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (".!?".indexOf(t.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        int end = to;
        while (end > from && isBlank(t.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean nextParagraphOpensQuote(String t, int pe) {
        int k = pe;
        while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        return k < t.length() && (t.charAt(k) == OPEN || t.charAt(k) == '"' || t.charAt(k) == '\u201E');
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == OPEN || c == CLOSE || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB' || c == '\u301D' || c == '\u301E' || c == '\uFF02';
    }

    /** Any white space, the no-break space included (Java's isWhitespace leaves it out). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
