package dev.whosaid.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextChunksTest {
    @Test
    void aShortTextIsOnePiece() {
        assertThat(TextChunks.split("One paragraph.\n\nAnother.", 100))
                .containsExactly(new TextChunks.Chunk(0, 24));
        assertThat(TextChunks.split("", 100)).containsExactly(new TextChunks.Chunk(0, 0));
    }

    @Test
    void piecesEndAtParagraphBreaksAndCoverTheTextInOrder() {
        String paragraph = "The minister said the talks would go on. ".repeat(3).trim();
        String text = String.join("\n\n", java.util.Collections.nCopies(40, paragraph));
        List<TextChunks.Chunk> chunks = TextChunks.split(text, 1000);

        assertThat(chunks).hasSizeGreaterThan(4);
        assertCovers(text, chunks, 1000);
        for (TextChunks.Chunk c : chunks.subList(0, chunks.size() - 1)) {
            assertThat(text.substring(c.end() - 2, c.end())).isEqualTo("\n\n");
        }
    }

    @Test
    void aParagraphLongerThanAPieceIsCutAfterASentenceThenAtASpace() {
        String sentences = "He said no. ".repeat(200);
        List<TextChunks.Chunk> chunks = TextChunks.split(sentences, 100);
        assertCovers(sentences, chunks, 100);
        assertThat(sentences.substring(0, chunks.get(0).end())).endsWith("no. ");

        String words = "word ".repeat(100);
        List<TextChunks.Chunk> wordChunks = TextChunks.split(words, 64);
        assertCovers(words, wordChunks, 64);
        assertThat(words.charAt(wordChunks.get(0).end() - 1)).isEqualTo(' ');
    }

    @Test
    void textWithNoBreakIsCutHardButNeverInsideASurrogatePair() {
        String text = "a" + "😀".repeat(100); // a high surrogate falls where a 64-character cut would be
        List<TextChunks.Chunk> chunks = TextChunks.split(text, 64);
        assertCovers(text, chunks, 64);
        for (TextChunks.Chunk c : chunks) {
            assertThat(Character.isLowSurrogate(text.charAt(c.start()))).isFalse();
        }
    }

    @Test
    void rejectsAPieceSizeTooSmallToMakeProgress() {
        assertThatThrownBy(() -> TextChunks.split("text", 1)).hasMessageContaining("maxChars");
    }

    private static void assertCovers(String text, List<TextChunks.Chunk> chunks, int max) {
        int at = 0;
        for (TextChunks.Chunk c : chunks) {
            assertThat(c.start()).isEqualTo(at);
            assertThat(c.end()).isGreaterThan(c.start());
            assertThat(c.end() - c.start()).isLessThanOrEqualTo(max);
            at = c.end();
        }
        assertThat(at).isEqualTo(text.length());
    }
}
