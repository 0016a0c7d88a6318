package dev.whosaid.normalize;

/**
 * A text together with, for every character, the stretch of the original input it came from.
 * Normalization steps each produce a new {@code MappedText} from the last one, so however many
 * edits pile up, any span of the final text maps straight back to the original.
 */
public final class MappedText {
    private final String text;
    /** origStart[i]: where character i's source begins in the original; origStart[length] = original length. */
    private final int[] origStart;
    /** origEnd[i]: where character i's source ends in the original (== origStart[i] for inserted text). */
    private final int[] origEnd;

    MappedText(String text, int[] origStart, int[] origEnd) {
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    /** The identity mapping: the original, untouched. */
    public static MappedText identity(String original) {
        int n = original.length();
        int[] start = new int[n + 1];
        int[] end = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            start[i] = i;
            end[i] = Math.min(i + 1, n);
        }
        return new MappedText(original, start, end);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original offset where the character at {@code i} (or the end, for {@code i == length()}) begins. */
    public int originalStart(int i) {
        return origStart[i];
    }

    int originalEndOfChar(int i) {
        return origEnd[i];
    }

    /**
     * The original span {@code [start, end)} that the span {@code [from, to)} of this text came from.
     * An empty span maps to an empty span at its position.
     */
    public int[] toOriginal(int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IllegalArgumentException("span " + from + ".." + to + " outside 0.." + text.length());
        }
        int start = origStart[from];
        if (to == from) {
            return new int[] {start, start};
        }
        int end = Math.max(start, origEnd[to - 1]);
        return new int[] {start, end};
    }
}
