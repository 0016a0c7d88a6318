package dev.whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

class EvalDataTest {

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(EvalData.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(EvalData.PROPERTY);
        } else {
            System.setProperty(EvalData.PROPERTY, saved);
        }
    }

    @Test
    void thePropertyOverridesTheSearch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("polnear-dev.jsonl"), "{}\n");
        System.setProperty(EvalData.PROPERTY, dir.toString());

        assertThat(EvalData.directory()).contains(dir.toAbsolutePath().normalize());
        assertThat(EvalData.file("polnear-dev.jsonl")).contains(dir.toAbsolutePath().normalize().resolve("polnear-dev.jsonl"));
        assertThat(EvalData.file("absent.jsonl")).isEmpty();
    }

    @Test
    void aPropertyNamingNoDirectoryIsAnError(@TempDir Path dir) {
        System.setProperty(EvalData.PROPERTY, dir.resolve("nope").toString());

        assertThatThrownBy(EvalData::directory).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EvalData.PROPERTY);
    }

    @Test
    void withoutThePropertyTheSearchFindsSharedEvalAboveTheWorkingDirectory() {
        System.clearProperty(EvalData.PROPERTY);

        EvalData.directory().ifPresent(d -> {
            assertThat(d).isDirectory();
            assertThat(d.getFileName().toString()).isEqualTo("eval");
            assertThat(d.getParent().getFileName().toString()).isEqualTo("shared");
            assertThat(Path.of("").toAbsolutePath().startsWith(d.getParent().getParent())).isTrue();
        });
    }

    @Test
    void fileNeedsAName() {
        assertThatThrownBy(() -> EvalData.file(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }
}
