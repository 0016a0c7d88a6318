package dev.whosaid.normalize;

import dev.whosaid.model.CorrectionKind;
import org.apache.commons.text.StringEscapeUtils;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes HTML: real tags, comments, entities, and the debris a broken converter leaves, where the
 * tag has spaces inside ("&lt; p &gt;", "&lt; / P &gt;"). Block-level tags become paragraph breaks, which
 * the sentence splitter treats as sentence breaks; inline tags vanish. Only known element names count,
 * so "a &lt; b &gt; c" in prose is left alone.
 */
final class MarkupStep implements NormalizationStep {
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "blockquote", "tr", "table", "tbody", "thead", "section", "article", "header", "footer",
            "hr", "figure", "figcaption", "pre", "dd", "dt", "dl", "title", "aside", "nav", "main", "body",
            "html", "head");
    private static final Set<String> INLINE = Set.of("a", "b", "i", "u", "s", "em", "strong", "span", "font",
            "small", "big", "sub", "sup", "img", "td", "th", "abbr", "cite", "q", "mark", "time", "meta", "link",
            "iframe", "noscript", "wbr", "ins", "del", "code", "picture", "source", "video", "audio", "label");
    private static final Set<String> DROP_CONTENT = Set.of("script", "style");

    /**
     * One tag, real ("&lt;p class=x&gt;") or debris ("&lt; / P &gt;"): the blanks after "&lt;", an optional
     * slash, the name, then everything up to "&gt;" (attributes, blanks, a self-closing slash). Every
     * quantifier is possessive and no two parts can match the same characters, so hostile text (a "&lt;p"
     * and thousands of blanks with no "&gt;") fails in one pass instead of backtracking.
     */
    private static final Pattern TAG = Pattern.compile(
            "<(\\s*+)(/?+)\\s*+([A-Za-z][A-Za-z0-9]{0,12}+)(?![A-Za-z0-9])([^<>]{0,1000}+)>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern SCRIPT_OPEN = Pattern.compile("<(script|style)\\b[^<>]{0,1000}+>",
            Pattern.CASE_INSENSITIVE);

    @Override
    public MappedText apply(MappedText in, EditLog log) {
        MappedText noScripts = removeScripts(removeComments(in, log), log);
        return removeEntities(removeTags(noScripts, log), log);
    }

    /** Script and style elements go whole, content and all; found by plain search, in one pass. */
    private static MappedText removeScripts(MappedText in, EditLog log) {
        String t = in.text();
        if (t.indexOf('<') < 0) {
            return in;
        }
        // Searched case-insensitively in the text itself: a lower-cased copy can differ in length
        // ("İ" lower-cases to two chars), and its offsets would cut the wrong words.
        MappedTextBuilder out = null;
        Matcher m = SCRIPT_OPEN.matcher(t);
        int from = 0;
        while (m.find(from)) {
            String closing = "</" + m.group(1);
            int close = -1;
            for (int k = t.indexOf("</", m.end()); k >= 0; k = t.indexOf("</", k + 2)) {
                if (t.regionMatches(true, k, closing, 0, closing.length())) {
                    close = k;
                    break;
                }
            }
            int closeEnd = close < 0 ? -1 : t.indexOf('>', close);
            if (closeEnd < 0) {
                break; // unclosed: leave it to the tag step
            }
            out = out == null ? new MappedTextBuilder(in, log) : out;
            out.replace(m.start(), closeEnd + 1, " ", CorrectionKind.MARKUP, 0.99, "script or style element");
            from = closeEnd + 1;
        }
        return out == null ? in : out.build();
    }

    /** Comments go first, found by plain search so an unclosed "&lt;!--" costs one scan, not one per mark. */
    private static MappedText removeComments(MappedText in, EditLog log) {
        String t = in.text();
        int open = t.indexOf("<!--");
        if (open < 0) {
            return in;
        }
        MappedTextBuilder out = new MappedTextBuilder(in, log);
        while (open >= 0) {
            int close = t.indexOf("-->", open + 4);
            if (close < 0) {
                break; // an unclosed comment: leave the rest as text
            }
            out.replace(open, close + 3, "", CorrectionKind.MARKUP, 0.99, "HTML comment");
            open = t.indexOf("<!--", close + 3);
        }
        return out.build();
    }

    private static MappedText removeTags(MappedText in, EditLog log) {
        String t = in.text();
        if (t.indexOf('<') < 0) {
            return in;
        }
        Matcher m = TAG.matcher(t);
        MappedTextBuilder out = null;
        int runStart = -1;
        int runEnd = -1;
        boolean runBlock = false;
        boolean runDebris = false;
        boolean runBlankInside = false;
        while (m.find()) {
            Kind kind = classify(m);
            if (kind == Kind.NOT_MARKUP) {
                continue;
            }
            boolean debris = isSpaced(m);
            if (runStart >= 0 && t.substring(runEnd, m.start()).isBlank()) {
                runBlankInside |= runEnd < m.start();
                runEnd = m.end();
                runBlock |= kind == Kind.BLOCK;
                runDebris |= debris;
                continue;
            }
            if (runStart >= 0) {
                out = emitRun(in, log, out, runStart, runEnd, runBlock, runDebris, runBlankInside);
            }
            runStart = m.start();
            runEnd = m.end();
            runBlock = kind == Kind.BLOCK;
            runDebris = debris;
            runBlankInside = false;
        }
        if (runStart >= 0) {
            out = emitRun(in, log, out, runStart, runEnd, runBlock, runDebris, runBlankInside);
        }
        return out == null ? in : out.build();
    }

    /**
     * Replaces one run of adjacent tags. A block run becomes a paragraph break and takes the blanks
     * around it; an inline run vanishes, leaving a space only where the run itself had one between
     * its tags ("Wash&lt;span class="x"&gt;ington" stays one word).
     */
    private static MappedTextBuilder emitRun(MappedText in, EditLog log, MappedTextBuilder out, int start, int end,
                                             boolean block, boolean debris, boolean blankInside) {
        String t = in.text();
        out = out == null ? new MappedTextBuilder(in, log) : out;
        String replacement;
        if (block) {
            while (start > 0 && isBlank(t.charAt(start - 1))) {
                start--;
            }
            while (end < t.length() && isBlank(t.charAt(end))) {
                end++;
            }
            replacement = start == 0 || end == t.length() ? "" : "\n\n";
        } else {
            replacement = blankInside ? " " : "";
        }
        out.replace(start, end, replacement, CorrectionKind.MARKUP, 0.99,
                debris ? "markup debris from a broken HTML conversion" : "HTML tag");
        return out;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private enum Kind { BLOCK, INLINE, NOT_MARKUP }

    /** "&lt; p &gt;", "&lt;/ p&gt;", "&lt;p &gt;": blanks where a converter broke the tag, not attributes. */
    private static boolean isSpaced(Matcher m) {
        return !m.group(1).isEmpty() || (!m.group(4).isEmpty() && m.group(4).isBlank());
    }

    /**
     * Only known element names are markup. With blanks inside the brackets ("&lt; p &gt;") only block
     * elements count: that is converter debris, while "a &lt; b &gt; c" is prose about b.
     */
    private static Kind classify(Matcher m) {
        String rest = m.group(4);
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != '/') {
            return Kind.NOT_MARKUP; // "<p-x>": the name does not end where a tag's would
        }
        String name = m.group(3).toLowerCase(Locale.ROOT);
        boolean spaced = isSpaced(m);
        if (BLOCK.contains(name)) {
            return Kind.BLOCK;
        }
        if (!spaced && (INLINE.contains(name) || DROP_CONTENT.contains(name))) {
            return Kind.INLINE;
        }
        return Kind.NOT_MARKUP;
    }

    /**
     * The text an entity stands for, or null to leave it as it is: unknown names, code points past
     * Unicode, surrogates and control characters (which the control-character step already removed
     * from the text and must not come back through the back door).
     */
    static String decode(String entity) {
        String decoded;
        try {
            decoded = StringEscapeUtils.unescapeHtml4(entity);
        } catch (IllegalArgumentException e) {
            return null; // "&#9999999;": no such character
        }
        if (decoded.equals(entity)) {
            return null;
        }
        if (decoded.equals("\u00a0")) {
            return " ";
        }
        for (int k = 0; k < decoded.length(); k++) {
            char c = decoded.charAt(k);
            if ((Character.isISOControl(c) && c != '\n' && c != '\t') || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && k + 1 < decoded.length()
                    && Character.isLowSurrogate(decoded.charAt(k + 1)))) {
                return null;
            }
            if (Character.isHighSurrogate(c)) {
                k++;
            }
        }
        return decoded;
    }

    private static MappedText removeEntities(MappedText in, EditLog log) {
        String t = in.text();
        if (t.indexOf('&') < 0) {
            return in;
        }
        Matcher m = ENTITY.matcher(t);
        MappedTextBuilder out = null;
        while (m.find()) {
            String decoded = decode(m.group());
            if (decoded == null) {
                continue; // not an entity HTML knows, or one that names no character we keep
            }
            out = out == null ? new MappedTextBuilder(in, log) : out;
            out.replace(m.start(), m.end(), decoded, CorrectionKind.MARKUP, 0.99, "HTML entity");
        }
        return out == null ? in : out.build();
    }
}
