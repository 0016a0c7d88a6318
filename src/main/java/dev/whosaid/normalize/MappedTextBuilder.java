package dev.whosaid.normalize;

import dev.whosaid.model.CorrectionKind;

import java.util.Arrays;

/**
 * Builds the next {@link MappedText} from a source one, piece by piece: copy a stretch unchanged, or
 * replace a stretch (possibly empty, to insert) and log the edit in original coordinates.
 */
final class MappedTextBuilder {
    private final MappedText source;
    private final EditLog log;
    private final StringBuilder text;
    private int[] start;
    private int[] end;
    private int copiedUpTo;

    MappedTextBuilder(MappedText source, EditLog log) {
        this.source = source;
        this.log = log;
        int capacity = source.length() + 16;
        this.text = new StringBuilder(capacity);
        this.start = new int[capacity];
        this.end = new int[capacity];
    }

    /** Copies the source unchanged up to {@code to} (from where the last call stopped). */
    MappedTextBuilder copyTo(int to) {
        String src = source.text();
        for (int i = copiedUpTo; i < to; i++) {
            append(src.charAt(i), source.originalStart(i), source.originalEndOfChar(i));
        }
        copiedUpTo = Math.max(copiedUpTo, to);
        return this;
    }

    /**
     * Replaces source {@code [from, to)} by {@code replacement} (copying anything before {@code from}
     * first) and logs the edit. {@code from == to} inserts.
     */
    MappedTextBuilder replace(int from, int to, String replacement, CorrectionKind kind, double confidence,
                              String evidence) {
        copyTo(from);
        int[] orig = source.toOriginal(from, to);
        for (int k = 0; k < replacement.length(); k++) {
            append(replacement.charAt(k), orig[0], orig[1]);
        }
        copiedUpTo = to;
        log.correction(orig[0], orig[1], replacement, kind, confidence, evidence);
        return this;
    }

    /** Current length of the text being built. */
    int length() {
        return text.length();
    }

    MappedText build() {
        copyTo(source.length());
        int n = text.length();
        int[] s = Arrays.copyOf(start, n + 1);
        int[] e = Arrays.copyOf(end, n + 1);
        s[n] = source.originalStart(source.length());
        e[n] = s[n];
        return new MappedText(text.toString(), s, e);
    }

    private void append(char c, int origStart, int origEnd) {
        int n = text.length();
        if (n + 1 >= start.length) {
            start = Arrays.copyOf(start, start.length * 2 + 2);
            end = Arrays.copyOf(end, end.length * 2 + 2);
        }
        text.append(c);
        start[n] = origStart;
        end[n] = origEnd;
    }
}
