package dev.whosaid.cli;

import dev.whosaid.model.Warning;
import dev.whosaid.model.WarningCode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes an article's bytes. UTF-8 is tried strictly first; a file that is not UTF-8 is almost always
 * windows-1252 or Latin-1 in news archives, so that is the fallback, with a warning rather than a
 * refusal or silent mojibake.
 */
record TextInput(String text, List<Warning> warnings) {

    static TextInput decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
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
