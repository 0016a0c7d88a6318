package dev.whosaid.batch;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Binary data that reached us as text is told from text, however damaged. */
class BinaryTextTest {
    private static final String NEWS = "The Dutch foreign minister, Stef Blok, said on Monday that the decision "
            + "was \"unacceptable\" and that the Netherlands would raise it in Brussels.\r\n\tThe ministry "
            + "declined to comment further.\f\u000B The talks resume on Thursday, officials said.\n";

    @Test
    void newsWithAFewControlCharactersIsNotBinary() {
        // debris from a broken converter: a bell, a NUL and a backspace in a normal article
        String damaged = NEWS.replace("Monday", "Mon\u0007day").replace("Brussels", "Bru\u0000ssels")
                .replace("Thursday", "Thurs\u0008day");
        assertThat(BinaryText.isBinary(damaged)).isFalse();
    }

    @Test
    void whiteSpaceControlCharactersAreNotOdd() {
        assertThat(BinaryText.isBinary("\t\n\r\f\u000B".repeat(100))).isFalse();
    }

    @Test
    void textInOtherScriptsIsNotBinary() {
        assertThat(BinaryText.isBinary("北京外交部发言人说：“我们坚决反对。” مرحبا بالعالم 😀👍 Привет, мир! "
                .repeat(20))).isFalse();
    }

    @Test
    void emptyTextIsNotBinary() {
        assertThat(BinaryText.isBinary("")).isFalse();
    }

    @Test
    void randomBytesDecodedAsWindows1252AreBinary() {
        // what a .txt fallback decoding makes of an image or a zip
        String decoded = new String(randomBytes(4096), Charset.forName("windows-1252"));
        assertThat(BinaryText.isBinary(decoded)).isTrue();
    }

    @Test
    void randomBytesDecodedAsUtf8AreBinary() {
        String decoded = new String(randomBytes(4096), StandardCharsets.UTF_8);
        assertThat(decoded).contains("\uFFFD"); // the premise: a failed decoding leaves replacement characters
        assertThat(BinaryText.isBinary(decoded)).isTrue();
    }

    @Test
    void aShortStringWithThreeNulsIsNotBinary() {
        // a third odd, but below the minimum of eight: damaged at most
        assertThat(BinaryText.isBinary("a\u0000b\u0000c\u0000")).isFalse();
    }

    @Test
    void eightOddCharactersReachTheMinimum() {
        assertThat(BinaryText.isBinary("\u0000".repeat(7) + "a")).isFalse();
        assertThat(BinaryText.isBinary("\u0000".repeat(8) + "a")).isTrue();
    }

    @Test
    void theOddCharactersMustBeMoreThanATenth() {
        assertThat(BinaryText.isBinary("\u0000".repeat(8) + "x".repeat(72))).isFalse(); // exactly a tenth
        assertThat(BinaryText.isBinary("\u0000".repeat(8) + "x".repeat(71))).isTrue();
    }

    @Test
    void c1ControlsDeleteAndReplacementCharactersCountAsOdd() {
        assertThat(BinaryText.isBinary("\u0085".repeat(8))).isTrue();
        assertThat(BinaryText.isBinary("\u007F".repeat(8))).isTrue();
        assertThat(BinaryText.isBinary("\u009F".repeat(8))).isTrue();
        assertThat(BinaryText.isBinary("\uFFFD".repeat(8))).isTrue();
        // just outside the C1 range: ordinary Latin-1 letters and signs
        assertThat(BinaryText.isBinary("\u00A0\u00E9".repeat(8))).isFalse();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(20200903).nextBytes(bytes);
        return bytes;
    }
}
