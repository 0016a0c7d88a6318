package dev.whosaid.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of the text as name repair sees it, before any parsing: letters (hyphenated parts kept
 * together), with what the surrounding characters say about it.
 *
 * @param sentenceStart whether it opens a sentence or paragraph, where a capital proves nothing
 * @param joinedToNext  whether only one space separates it from the next word (names do not span commas)
 * @param embedded      part of a URL, address, handle or number-letter code: never repaired
 */
record TextToken(int index, int start, int end, String text, String folded, boolean capitalised,
                 boolean sentenceStart, boolean joinedToNext, boolean embedded) {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['\u2019-]\\p{L}[\\p{L}\\p{M}]*)*");

    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}+['\u2019](?:ll|re|ve|t|d|m)", Pattern.CASE_INSENSITIVE);

    static List<TextToken> tokenize(String text) {
        List<TextToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String w = m.group();
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) { // the possessive is not the name
                e -= 2;
                w = w.substring(0, w.length() - 2);
            }
            boolean cap = Character.isUpperCase(w.codePointAt(0));
            boolean joined = e + 1 < text.length() && text.charAt(e) == ' ' && Character.isLetter(text.charAt(e + 1));
            // a contraction ("isn't", "don't") is an ordinary word whatever its letters
            boolean contraction = CONTRACTION.matcher(w).matches();
            out.add(new TextToken(out.size(), s, e, w, NameKeys.fold(w), cap, opensSentence(text, s),
                    joined, contraction || embedded(text, s, e)));
        }
        return out;
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
