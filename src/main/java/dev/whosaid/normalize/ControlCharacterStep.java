package dev.whosaid.normalize;

import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.WarningCode;

/**
 * Removes control characters (binary debris, form feeds, C1 codes from a wrong decoding) and turns
 * Windows and old Mac line ends into plain newlines, so that later steps see one kind of break.
 */
final class ControlCharacterStep implements NormalizationStep {

    @Override
    public MappedText apply(MappedText in, EditLog log) {
        String t = in.text();
        MappedTextBuilder out = null;
        int removed = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\r') {
                out = out == null ? new MappedTextBuilder(in, log) : out;
                int to = i + 1 < t.length() && t.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.replace(i, to, "\n", CorrectionKind.SPACING, 1.0, "line end");
                i = to;
            } else if (isDebris(c)) {
                out = out == null ? new MappedTextBuilder(in, log) : out;
                int to = i;
                while (to < t.length() && isDebris(t.charAt(to))) {
                    to++;
                }
                removed += to - i;
                // A run of debris between two words must not glue them together.
                boolean between = i > 0 && to < t.length() && !Character.isWhitespace(t.charAt(i - 1))
                        && !Character.isWhitespace(t.charAt(to));
                out.replace(i, to, between ? " " : "", CorrectionKind.SPACING, 1.0, "control characters");
                i = to;
            } else if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i += 2;
            } else if (Character.isSurrogate(c)) {
                // Half a character (a cut UTF-16 pair) cannot be written as JSON text.
                out = out == null ? new MappedTextBuilder(in, log) : out;
                out.replace(i, i + 1, "\uFFFD", CorrectionKind.SPACING, 1.0, "lone surrogate");
                removed++;
                i++;
            } else {
                i++;
            }
        }
        if (out == null) {
            return in;
        }
        if (removed > 0) {
            log.warnDocument(WarningCode.W004, removed + " removed");
        }
        return out.build();
    }

    private static boolean isDebris(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
