package dev.whosaid.normalize;

import dev.whosaid.model.CorrectionKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitalises a paragraph (after a blank line; a single line break may be hard wrapping) that starts
 * with a lower-case word ("he warned …" after a broken paragraph
 * tag): translators and converters lose that capital, and the tagger and NER read a lower-case
 * sentence start badly. Words with capitals or digits inside ("iPhone", "eBay") are left alone.
 */
final class ParagraphCasingStep implements NormalizationStep {
    private static final Pattern PARAGRAPH_START = Pattern.compile(
            "(?:^|\\n\\n)[\\u201C\\u2018(\\[]?(\\p{Ll})\\p{Ll}*(?![\\p{L}\\p{N}])");

    @Override
    public MappedText apply(MappedText in, EditLog log) {
        Matcher m = PARAGRAPH_START.matcher(in.text());
        MappedTextBuilder out = null;
        while (m.find()) {
            out = out == null ? new MappedTextBuilder(in, log) : out;
            out.replace(m.start(1), m.end(1), m.group(1).toUpperCase(java.util.Locale.ROOT), CorrectionKind.CASING,
                    0.9, "paragraph starts in lower case");
        }
        return out == null ? in : out.build();
    }
}
