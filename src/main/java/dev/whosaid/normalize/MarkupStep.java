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

    private static final String TAG = "<\\s*/?\\s*[A-Za-z][A-Za-z0-9]{0,12}(?:\\s+[^<>]{0,1000}?)?\\s*/?\\s*>"
            + "|<!--.{0,100000}?-->";
    private static final Pattern TAG_RUN = Pattern.compile("(?:\\s*(?:" + TAG + "))+\\s*", Pattern.DOTALL);
    private static final Pattern ONE_TAG = Pattern.compile("<\\s*(/)?\\s*([A-Za-z][A-Za-z0-9]{0,12})|<!--");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern SCRIPT = Pattern.compile(
            "<\\s*(script|style)\\b[^>]{0,1000}>.{0,1000000}?<\\s*/\\s*\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Override
    public MappedText apply(MappedText in, EditLog log) {
        MappedText noScripts = removeScripts(in, log);
        return removeEntities(removeTags(noScripts, log), log);
    }

    private static MappedText removeScripts(MappedText in, EditLog log) {
        String t = in.text();
        if (t.indexOf('<') < 0) {
            return in;
        }
        Matcher m = SCRIPT.matcher(t);
        if (!m.find()) {
            return in;
        }
        MappedTextBuilder out = new MappedTextBuilder(in, log);
        do {
            out.replace(m.start(), m.end(), " ", CorrectionKind.MARKUP, 0.99, "script or style element");
        } while (m.find());
        return out.build();
    }

    private static MappedText removeTags(MappedText in, EditLog log) {
        String t = in.text();
        if (t.indexOf('<') < 0) {
            return in;
        }
        Matcher m = TAG_RUN.matcher(t);
        MappedTextBuilder out = null;
        while (m.find()) {
            Kind kind = classify(m.group());
            if (kind == Kind.NOT_MARKUP) {
                continue;
            }
            out = out == null ? new MappedTextBuilder(in, log) : out;
            boolean atEdge = m.start() == 0 || m.end() == t.length();
            String replacement;
            if (atEdge) {
                replacement = "";
            } else if (kind == Kind.BLOCK) {
                replacement = "\n\n";
            } else {
                replacement = m.group().chars().anyMatch(Character::isWhitespace) ? " " : "";
            }
            boolean debris = m.group().matches("(?s).*<\\s+.*|.*\\s+>.*|.*<\\s*/\\s+.*");
            out.replace(m.start(), m.end(), replacement, CorrectionKind.MARKUP, 0.99,
                    debris ? "markup debris from a broken HTML conversion" : "HTML tag");
        }
        return out == null ? in : out.build();
    }

    private enum Kind { BLOCK, INLINE, NOT_MARKUP }

    /** A run is markup only if every tag in it names a known element. */
    private static Kind classify(String run) {
        Matcher m = ONE_TAG.matcher(run);
        boolean block = false;
        boolean any = false;
        while (m.find()) {
            any = true;
            if (m.group(2) == null) {
                continue; // a comment
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (BLOCK.contains(name)) {
                block = true;
            } else if (!INLINE.contains(name) && !DROP_CONTENT.contains(name)) {
                return Kind.NOT_MARKUP;
            }
        }
        if (!any) {
            return Kind.NOT_MARKUP;
        }
        return block ? Kind.BLOCK : Kind.INLINE;
    }

    private static MappedText removeEntities(MappedText in, EditLog log) {
        String t = in.text();
        if (t.indexOf('&') < 0) {
            return in;
        }
        Matcher m = ENTITY.matcher(t);
        MappedTextBuilder out = null;
        while (m.find()) {
            String decoded = StringEscapeUtils.unescapeHtml4(m.group());
            if (decoded.equals(m.group())) {
                continue; // not an entity HTML knows
            }
            if (decoded.equals("\u00a0")) {
                decoded = " ";
            }
            out = out == null ? new MappedTextBuilder(in, log) : out;
            out.replace(m.start(), m.end(), decoded, CorrectionKind.MARKUP, 0.99, "HTML entity");
        }
        return out == null ? in : out.build();
    }
}
