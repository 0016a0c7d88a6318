package dev.whosaid.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.whosaid.TestPipeline;
import dev.whosaid.batch.InputRecord;
import dev.whosaid.batch.Inputs;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;
import dev.whosaid.contract.Contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch's JSON Lines reader and record converter on any bytes: one record per non-blank line, no
 * more, no less, in order; and every record becomes one output line that keeps the JSON Schema, an
 * analysis or an error record. A small size limit puts overlong lines within the fuzzer's reach.
 */
class JsonLinesFuzzTest {
    private static final long MAX_TEXT_CHARS = 40;
    private static final long MAX_LINE_CHARS = MAX_TEXT_CHARS * 6 + (1 << 20);
    private static final RecordConverter CONVERTER =
            new RecordConverter(TestPipeline.whosaid(), null, RecordFields.DEFAULT, MAX_TEXT_CHARS);

    // The length of one fuzzing run (JAZZER_FUZZ=1); Jazzer 0.24 takes it only from here. mvn verify
    // ignores it: it replays the seeds and findings once.
    @FuzzTest(maxDuration = "10m")
    void read(FuzzedDataProvider data) throws IOException {
        byte[] raw = data.consumeRemainingAsBytes();
        List<InputRecord> records = new ArrayList<>();
        try (Inputs in = new Inputs(List.of("-"), new ByteArrayInputStream(raw), RecordFields.DEFAULT, MAX_TEXT_CHARS)) {
            for (InputRecord r = in.next(); r != null; r = in.next()) {
                records.add(r);
            }
        }
        long previousLine = 0;
        for (InputRecord r : records) {
            assertThat(r.origin()).startsWith("stdin line ");
            long line = Long.parseLong(r.origin().substring("stdin line ".length()));
            assertThat(line).as("records come in input order").isGreaterThan(previousLine);
            previousLine = line;
            if (r instanceof InputRecord.Json j) {
                assertThat(j.json()).doesNotContain("\n");
            }
            Contract.checkLine(CONVERTER.convert(r).json());
        }
        if (!plainUtf8(raw)) {
            return; // gzip and byte-order marks change the bytes before the lines; the count below assumes neither
        }
        long expected = 0;
        for (String line : new String(raw, StandardCharsets.UTF_8).split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            expected += l.isBlank() && l.length() <= MAX_LINE_CHARS ? 0 : 1;
        }
        assertThat(records).as("one record per non-blank line").hasSize((int) expected);
    }

    private static boolean plainUtf8(byte[] raw) {
        int b0 = raw.length > 0 ? raw[0] & 0xff : -1;
        int b1 = raw.length > 1 ? raw[1] & 0xff : -1;
        return !(b0 == 0x1f && b1 == 0x8b) && !(b0 == 0xEF && b1 == 0xBB) && !(b0 == 0xFE && b1 == 0xFF)
                && !(b0 == 0xFF && b1 == 0xFE);
    }
}
