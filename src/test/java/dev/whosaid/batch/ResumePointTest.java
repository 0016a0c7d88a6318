package dev.whosaid.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An interrupted output is cut back to whole records, and says how many there are and which was last. */
class ResumePointTest {
    private static final String A = "{\"id\":\"a\",\"quotes\":[]}\n";
    private static final String B = "{\"id\":\"b\",\"text\":\"Ça va, “oui”.\"}\n";
    private static final String C = "{\"id\":\"c\",\"error\":{\"code\":\"E001\",\"message\":\"not valid JSON\"}}\n";

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAStartFromNothing() throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertThat(ResumePoint.repair(out)).isEqualTo(ResumePoint.START);
        assertThat(out).doesNotExist();
    }

    @Test
    void aCleanFileKeepsAllItsRecords() throws IOException {
        Path out = write(A + B + C);
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isEqualTo(3);
        assertThat(p.lastId()).isEqualTo("c");
        assertThat(p.lastIdKnown()).isTrue();
        assertThat(p.bytesDropped()).isZero();
        assertThat(Files.readString(out)).isEqualTo(A + B + C);
    }

    @Test
    void anEmptyFileHasNoRecordsAndLosesNothing() throws IOException {
        Path out = write("");
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isZero();
        assertThat(p.bytesDropped()).isZero();
        assertThat(out).hasSize(0);
    }

    @Test
    void aTornLastLineIsCutOff() throws IOException {
        String torn = "{\"id\":\"c\",\"text\":\"Zürich ré";
        Path out = write(A + B + torn);
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isEqualTo(2);
        assertThat(p.lastId()).isEqualTo("b");
        assertThat(p.lastIdKnown()).isTrue();
        // bytes, not characters: the torn line holds two-byte letters
        assertThat(p.bytesDropped()).isEqualTo(torn.getBytes(StandardCharsets.UTF_8).length);
        assertThat(Files.readAllBytes(out)).isEqualTo((A + B).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTornLineAfterManyBuffersOfRecordsIsCutOff() throws IOException {
        // far more than the 64K read buffer, so lines straddle its refills
        StringBuilder whole = new StringBuilder();
        int n = 5000;
        for (int i = 1; i <= n; i++) {
            whole.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append("é".repeat(i % 50)).append("\"}\n");
        }
        Path out = write(whole + "{\"id\":\"r500");
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isEqualTo(n);
        assertThat(p.lastId()).isEqualTo("r" + n);
        assertThat(p.bytesDropped()).isEqualTo(11);
        assertThat(Files.readString(out)).isEqualTo(whole.toString());
    }

    @Test
    void aFileThatIsOnlyATornLineIsEmptied() throws IOException {
        Path out = write("{\"id\":\"a\",\"te");
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isZero();
        assertThat(p.bytesDropped()).isEqualTo(13);
        assertThat(out).hasSize(0);
    }

    @Test
    void aLastCompleteLineThatIsNotJsonIsDropped() throws IOException {
        String garbage = "\u0000\u0000\u0000 disk full\n";
        Path out = write(A + B + garbage);
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isEqualTo(2);
        assertThat(p.lastIdKnown()).isFalse();
        assertThat(p.lastId()).isNull();
        assertThat(p.bytesDropped()).isEqualTo(garbage.getBytes(StandardCharsets.UTF_8).length);
        assertThat(Files.readString(out)).isEqualTo(A + B);
    }

    @Test
    void aLastCompleteLineThatIsJsonButNotAnObjectIsDropped() throws IOException {
        Path out = write(A + "[1,2,3]\n");
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isEqualTo(1);
        assertThat(p.lastIdKnown()).isFalse();
        assertThat(Files.readString(out)).isEqualTo(A);
    }

    @Test
    void garbageFollowedByATornLineAreBothRemoved() throws IOException {
        String rest = "garbage\n{\"id\":\"x";
        Path out = write(A + B + rest);
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isEqualTo(2);
        assertThat(p.lastIdKnown()).isFalse();
        assertThat(p.bytesDropped()).isEqualTo(rest.length());
        assertThat(Files.readString(out)).isEqualTo(A + B);
    }

    @Test
    void theIdIsNullWhenTheLastRecordHasANullId() throws IOException {
        Path out = write(A + "{\"id\":null,\"error\":{\"code\":\"E001\",\"message\":\"not valid JSON\"}}\n");
        ResumePoint p = ResumePoint.repair(out);
        assertThat(p.records()).isEqualTo(2);
        assertThat(p.lastIdKnown()).isTrue(); // known, and known to be null
        assertThat(p.lastId()).isNull();
    }

    @Test
    void theIdIsNullWhenTheLastRecordHasNone() throws IOException {
        ResumePoint p = ResumePoint.repair(write(A + "{\"quotes\":[]}\n"));
        assertThat(p.lastIdKnown()).isTrue();
        assertThat(p.lastId()).isNull();
    }

    @Test
    void aNumericIdIsGivenAsText() throws IOException {
        assertThat(ResumePoint.repair(write("{\"id\":42}\n")).lastId()).isEqualTo("42");
    }

    @Test
    void repairingARepairedFileChangesNothing() throws IOException {
        Path out = write(A + B + "{\"id\":");
        ResumePoint first = ResumePoint.repair(out);
        ResumePoint second = ResumePoint.repair(out);
        assertThat(second).isEqualTo(new ResumePoint(first.records(), first.errorLines(), first.lastId(), true, 0));
        assertThat(Files.readString(out)).isEqualTo(A + B);
    }

    private Path write(String content) throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, content, StandardCharsets.UTF_8);
        return out;
    }
}
