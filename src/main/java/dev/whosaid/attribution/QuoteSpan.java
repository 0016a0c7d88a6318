package dev.whosaid.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * A pair of quotation marks in normalized text: the opening mark at {@code open}, the closing one at
 * {@code close}; the content is {@code [open + 1, close)}.
 */
record QuoteSpan(int open, int close) {
    static final char OPEN = '\u201C';
    static final char CLOSE = '\u201D';

    int contentStart() {
        return open + 1;
    }

    int contentEnd() {
        return close;
    }

    /** The pairs of canonical marks; the normalizer has already balanced them paragraph by paragraph. */
    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN) {
                open = i;
            } else if (c == CLOSE && open >= 0) {
                if (text.substring(open + 1, i).codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(new QuoteSpan(open, i));
                }
                open = -1;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = -1; // the normalizer closed every quote by the end of its paragraph
            }
        }
        return out;
    }
}
