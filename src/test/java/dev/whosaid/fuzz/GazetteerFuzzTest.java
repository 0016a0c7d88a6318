package dev.whosaid.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.whosaid.gazetteer.Gazetteer;
import dev.whosaid.gazetteer.GazetteerFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gazetteer file of the user's own, on any bytes: it loads, or it is refused with a
 * {@link GazetteerFormatException} that names the file and the line. Nothing else may come out.
 */
class GazetteerFuzzTest {
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("whosaid-gazetteer-fuzz", ".tsv");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The length of one fuzzing run (JAZZER_FUZZ=1); Jazzer 0.24 takes it only from here. mvn verify
    // ignores it: it replays the seeds and findings once.
    @FuzzTest(maxDuration = "10m")
    void load(FuzzedDataProvider data) throws IOException {
        Files.write(FILE, data.consumeRemainingAsBytes());
        try {
            Gazetteer.empty().plus(FILE);
        } catch (GazetteerFormatException e) {
            assertThat(e.getMessage()).matches("\\Q" + FILE + "\\E:\\d+: .+");
        }
    }
}
