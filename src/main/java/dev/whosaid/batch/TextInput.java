package dev.whosaid.batch;

import dev.whosaid.model.Warning;
import dev.whosaid.model.WarningCode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes an article's bytes. A byte-order mark decides when there is one; otherwise UTF-8 is tried
 * strictly first. A file that is not UTF-8 is almost always windows-1252 or Latin-1 in news archives, so
 * that is the fallback, with a warning rather than a refusal or silent mojibake.
 */
public record TextInput(String text, List<Warning> warnings) {

    public TextInput {
        warnings = List.copyOf(warnings);
    }

    public static TextInput decode(byte[] bytes) {
        ByteOrderMark mark = ByteOrderMark.of(bytes);
        if (mark != null && !mark.charset().equals(StandardCharsets.UTF_8)) {
            return new TextInput(new String(bytes, mark.length(), bytes.length - mark.length(), mark.charset()),
                    List.of());
        }
        int skip = mark == null ? 0 : mark.length();
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
            return new TextInput(text, List.of());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, skip, bytes.length - skip, Charset.forName("windows-1252"));
            return new TextInput(text, List.of(Warning.document(WarningCode.W005, null)));
        }
    }
}
