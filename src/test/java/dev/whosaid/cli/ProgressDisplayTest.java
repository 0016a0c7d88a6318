package dev.whosaid.cli;

import dev.whosaid.batch.BatchConverter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressDisplayTest {

    private static BatchConverter.Progress progress(long records, long done, long toDo, long seconds) {
        return new BatchConverter.Progress(records, records * 3, 2, done, toDo, Duration.ofSeconds(seconds));
    }

    @Test
    void theBarShowsShareRateEtaAndErrors() {
        String line = ProgressDisplay.barLine(progress(200, 250, 1000, 100));
        assertThat(line).startsWith("[######..................]  25%")
                .contains("200 records  2.00/s")
                .contains("ETA 5m00s") // a quarter done in 100 s: three quarters take 300 s
                .endsWith("2 errors");
    }

    @Test
    void withoutATotalThereIsNoBarAndNoEta() {
        String line = ProgressDisplay.barLine(progress(10, 500, -1, 5));
        assertThat(line).startsWith("10 records").doesNotContain("ETA").doesNotContain("[");
    }

    @Test
    void logLinesSayTheSameInWords() {
        assertThat(ProgressDisplay.logLine(progress(1200, 1, 2, 3700)))
                .isEqualTo("1,200 records (50% of the input), 3,600 quotes, 2 errors, 0.32 records/s,"
                        + " 1h01m elapsed, ETA 1h01m");
    }

    @Test
    void logLinesComeNoOftenerThanTheInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay quiet = ProgressDisplay.of(err, false, Duration.ofHours(1));
        for (int i = 1; i <= 100; i++) {
            quiet.update(progress(i, i, 100, 1));
        }
        quiet.finish();
        assertThat(bytes.size()).isZero();

        ProgressDisplay chatty = ProgressDisplay.of(err, false, Duration.ofNanos(1));
        chatty.update(progress(1, 1, 100, 1));
        chatty.update(progress(2, 2, 100, 1));
        chatty.finish(); // no bar drawn: nothing to end
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("whosaid convert: "));
    }

    @Test
    void theBarRedrawsInPlaceAndEndsItsLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay bar = ProgressDisplay.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
                Duration.ofSeconds(30));
        Thread.sleep(300); // the bar redraws at most four times a second
        bar.update(progress(1, 1, 4, 1));
        bar.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r[######").contains("\u001b[K").endsWith(System.lineSeparator());
    }

    @Test
    void oneIsSingular() {
        assertThat(ProgressDisplay.barLine(new BatchConverter.Progress(1, 1, 1, 1, 2, Duration.ofSeconds(1))))
                .contains("1 record ").endsWith("1 error");
        assertThat(ProgressDisplay.logLine(new BatchConverter.Progress(1, 1, 1, 1, -1, Duration.ofSeconds(1))))
                .startsWith("1 record, 1 quote, 1 error,");
    }

    @Test
    void durationsReadLikeAClock() {
        assertThat(ProgressDisplay.duration(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(ProgressDisplay.duration(Duration.ofSeconds(307))).isEqualTo("5m07s");
        assertThat(ProgressDisplay.duration(Duration.ofMinutes(192))).isEqualTo("3h12m");
    }
}
