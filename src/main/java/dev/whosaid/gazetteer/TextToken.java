package dev.whosaid.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word of the text as name repair sees it, before any parsing: letters (hyphenated parts kept
 * together), with what the surrounding characters say about it.
 *
 * @param sentenceStart whether it opens a sentence or paragraph, where a capital proves nothing
 * @param joinedToNext  whether only one space separates it from the next word (names do not span commas)
 * @param embedded      part of a URL, address, handle or number-letter code, a contraction, or debris too long
 *                      to be a word: never repaired
 */
record TextToken(int index, int start, int end, String text, String folded, boolean capitalised,
                 boolean sentenceStart, boolean joinedToNext, boolean embedded) {
    /** Longer "words" are debris (a run of letters with no space), never a name: not looked into. */
    static final int MAX_WORD = 40;

    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}+['\u2019](?:ll|re|ve|t|d|m)", Pattern.CASE_INSENSITIVE);

    static List<TextToken> tokenize(String text) {
        List<TextToken> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int s = i;
            int e = wordEnd(text, i);
            i = e;
            String w = text.substring(s, e);
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) { // the possessive is not the name
                e -= 2;
                w = w.substring(0, w.length() - 2);
            }
            boolean cap = Character.isUpperCase(w.codePointAt(0));
            boolean joined = e + 1 < n && text.charAt(e) == ' ' && Character.isLetter(text.charAt(e + 1));
            // a contraction ("isn't", "don't") is an ordinary word whatever its letters
            boolean contraction = w.length() <= MAX_WORD && CONTRACTION.matcher(w).matches();
            out.add(new TextToken(out.size(), s, e, w, NameKeys.fold(w), cap, opensSentence(text, s),
                    joined, contraction || w.length() > MAX_WORD || embedded(text, s, e)));
        }
        return out;
    }

    /**
     * Where the word starting at {@code i} ends: letters and marks, joined by single apostrophes or
     * hyphens ("O'Brien", "O-Gon", "Bensouda’s"). A scanner, not a regular expression: a repeated group
     * recurses once per part, and 60 kB of "ab-ab-…" overflowed the stack.
     */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                i += Character.charCount(c);
            } else if ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isWhitespace(c) || "\"“‘'([«„".indexOf(c) >= 0) {
                continue;
            }
            if (c == '.') {
                return !abbreviation(text, i);
            }
            return "!?:;…—–-".indexOf(c) >= 0;
        }
        return true;
    }

    /** "Mr." or "J." before a name does not end a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String w = text.substring(s, dot);
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) || ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "sen", "rep",
            "gov", "gen", "lt", "col", "sgt", "capt", "st", "prof", "rev", "jr", "sr", "pres", "atty", "supt");

    private static boolean embedded(String text, int start, int end) {
        return glued(text, start - 1, start - 2) || glued(text, end, end + 1);
    }

    /** A URL or handle character at {@code at}, with a letter or digit beyond it. */
    private static boolean glued(String text, int at, int beyond) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (Character.isDigit(c) || c == '@' || c == '_' || c == '#' || c == '/' || c == '=') {
            return true;
        }
        return (c == '.' || c == ':') && beyond >= 0 && beyond < text.length()
                && Character.isLetterOrDigit(text.charAt(beyond));
    }

    int length() {
        return end - start;
    }
}
