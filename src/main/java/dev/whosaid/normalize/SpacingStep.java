package dev.whosaid.normalize;

import dev.whosaid.model.CorrectionKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies blanks: runs of spaces and tabs become one space, blanks at the edges of lines go, a blank
 * before closing punctuation ("court ." from a translator) goes, and more than one empty line becomes
 * one paragraph break.
 */
final class SpacingStep implements NormalizationStep {
    private static final Pattern BLANKS = Pattern.compile(
            "(?<lines>[ \\t]*\\n[ \\t\\n]*)"
                    + "|(?<beforePunct>(?<=[\\p{L}\\p{N}\\u201D)])[ \\t]+(?=[,.;:!?](?:\\s|$)))"
                    + "|(?<run>[ \\t]{2,}|\\t)");

    @Override
    public MappedText apply(MappedText in, EditLog log) {
        String t = in.text();
        Matcher m = BLANKS.matcher(t);
        MappedTextBuilder out = null;
        while (m.find()) {
            boolean atEdge = m.start() == 0 || m.end() == t.length();
            String replacement;
            if (m.group("lines") != null) {
                long breaks = m.group().chars().filter(c -> c == '\n').count();
                replacement = atEdge ? "" : breaks >= 2 ? "\n\n" : "\n";
            } else if (m.group("beforePunct") != null || atEdge) {
                replacement = "";
            } else {
                replacement = " ";
            }
            if (m.group().equals(replacement)) {
                continue;
            }
            out = out == null ? new MappedTextBuilder(in, log) : out;
            out.replace(m.start(), m.end(), replacement, CorrectionKind.SPACING, 1.0, "spacing");
        }
        return out == null ? in : trimEdges(out.build(), log);
    }

    /** Blanks at the very start or end of the text carry nothing. */
    private static MappedText trimEdges(MappedText in, EditLog log) {
        String t = in.text();
        int s = 0;
        int e = t.length();
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (s == 0 && e == t.length()) {
            return in;
        }
        MappedTextBuilder out = new MappedTextBuilder(in, log);
        if (s > 0) {
            out.replace(0, s, "", CorrectionKind.SPACING, 1.0, "spacing");
        }
        if (e < t.length()) {
            out.replace(e, t.length(), "", CorrectionKind.SPACING, 1.0, "spacing");
        }
        return out.build();
    }
}
