package dev.whosaid.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces that CoreNLP annotates one at a time, so that the memory a parse takes
 * is bounded by the piece, not the document: CoreNLP holds a map of annotations for every token, several
 * hundred bytes each, and a megabyte of text is two hundred thousand tokens.
 *
 * <p>Pieces end at a paragraph break, where a sentence never continues (the normalizer makes every
 * paragraph a blank line, and sentences never span one), so cutting changes nothing. Only a paragraph
 * longer than a piece is cut elsewhere: at a line break, else after a sentence's closing punctuation,
 * else at a space.
 */
final class TextChunks {
    /** A piece of the text: characters {@code [start, end)}. */
    record Chunk(int start, int end) {
    }

    private TextChunks() {
    }

    static List<Chunk> split(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2, was " + maxChars);
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            chunks.add(new Chunk(start, end));
            start = end;
        }
        if (start < text.length() || chunks.isEmpty()) {
            chunks.add(new Chunk(start, text.length()));
        }
        return chunks;
    }

    /** Where to end the piece that starts at {@code start}: the best break at or before {@code limit}. */
    private static int cut(String text, int start, int limit) {
        int floor = start + (limit - start) / 2; // a break in the first half would make pieces too small
        int at = text.lastIndexOf("\n\n", limit - 2);
        if (at >= floor) {
            return at + 2;
        }
        at = text.lastIndexOf('\n', limit - 1);
        if (at >= floor) {
            return at + 1;
        }
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i)) && isSentenceEnd(text.charAt(i - 1))) {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
