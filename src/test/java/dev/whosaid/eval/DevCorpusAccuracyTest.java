package dev.whosaid.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.TestPipeline;
import dev.whosaid.batch.BatchConverter;
import dev.whosaid.batch.BatchOutput;
import dev.whosaid.batch.Inputs;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * whosaid on the PolNeAR dev split (clean), end to end through the batch converter: its figures must
 * beat stock CoreNLP's (DESIGN.md: direct quote F1 0.821, direct attribution F1 0.623), and our scorer
 * must give the reference scorer's figures on this real output. Skips only where ../shared/eval is
 * absent (a user's clone); CI has it.
 */
class DevCorpusAccuracyTest {
    private static final double STOCK_DIRECT_QUOTE_F1 = 0.821;
    private static final double STOCK_DIRECT_ATTRIBUTION_F1 = 0.623;

    @TempDir
    static Path dir;
    private static Path gold;
    private static Path output;

    @BeforeAll
    static void convertTheDevSplit() throws Exception {
        Optional<Path> file = EvalData.file("polnear-dev.jsonl");
        if (file.isEmpty()) {
            return;
        }
        gold = file.get();
        // Only id, text and date go in: the gold annotations must not ride along under "meta".
        StringBuilder input = new StringBuilder();
        for (JsonNode g : JsonLines.read(gold)) {
            var record = Json.mapper().createObjectNode();
            record.set("id", g.get("id"));
            record.set("text", g.get("text"));
            record.set("date", g.get("date"));
            input.append(record).append('\n');
        }
        Path in = Files.writeString(dir.resolve("polnear-dev.in.jsonl"), input, StandardCharsets.UTF_8);
        output = dir.resolve("polnear-dev.whosaid.jsonl");
        BatchConverter converter = new BatchConverter(new RecordConverter(TestPipeline.whosaid(), null), 2);
        try (Inputs records = new Inputs(List.of(in.toString()), null, RecordFields.DEFAULT,
                RecordConverter.DEFAULT_MAX_TEXT_CHARS);
             BatchOutput out = BatchOutput.create(output, null)) {
            converter.convert(records, out);
        }
    }

    @Test
    void directQuotesAndSpeakersBeatStockCoreNlp() throws Exception {
        assumeTrue(gold != null, "../shared/eval is not here");
        ScoreReport direct = Scorer.score(gold, output, Subset.DIRECT);
        assertThat(direct.errorDocs()).isEmpty();
        assertThat(direct.missingDocs()).isEmpty();
        assertThat(direct.textMismatchDocs()).isEmpty();
        assertThat(direct.lenient().quote().f1()).isGreaterThan(STOCK_DIRECT_QUOTE_F1);
        assertThat(direct.lenient().attribution().f1()).isGreaterThan(STOCK_DIRECT_ATTRIBUTION_F1);
        // and no lower than before reported speech was added (0.895 and 0.775); measured 0.914 and 0.837
        assertThat(direct.lenient().quote().f1()).isGreaterThanOrEqualTo(0.895);
        assertThat(direct.lenient().attribution().f1()).isGreaterThanOrEqualTo(0.775);
    }

    @Test
    void reportedSpeechLiftsTheWholeCorpusFarAboveStockCoreNlp() throws Exception {
        assumeTrue(gold != null, "../shared/eval is not here");
        ScoreReport all = Scorer.score(gold, output, Subset.ALL);
        // stock CoreNLP: quote F1 0.412, attribution F1 0.305 (DESIGN.md); the reported-speech issue asks for
        // 0.75 and 0.65; measured here 0.755 and 0.679
        assertThat(all.lenient().quote().f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(all.lenient().attribution().f1()).isGreaterThanOrEqualTo(0.65);
    }

    @Test
    void ourScorerAgreesWithTheReferenceScorerOnRealOutput() throws Exception {
        assumeTrue(gold != null, "../shared/eval is not here");
        assumeTrue(Python.available(), "python3 is not here");
        Path script = gold.resolveSibling("score.py");
        for (Subset subset : Subset.values()) {
            ScoreReport ours = Scorer.score(gold, output, subset);
            JsonNode theirs = Json.mapper().readTree(Python.run("", script.toString(), gold.toString(),
                    output.toString(), "--subset", subset.label(), "--json"));
            for (String mode : new String[] {"lenient", "strict"}) {
                ScoreReport.ModeScore m = mode.equals("lenient") ? ours.lenient() : ours.strict();
                JsonNode t = theirs.get(mode);
                assertThat(m.quote().f1()).isCloseTo(t.get("quote").get("f1").asDouble(), within(0.0005));
                assertThat(m.quote().p()).isCloseTo(t.get("quote").get("p").asDouble(), within(0.0005));
                assertThat(m.quote().r()).isCloseTo(t.get("quote").get("r").asDouble(), within(0.0005));
                assertThat(m.attribution().f1()).isCloseTo(t.get("attribution").get("f1").asDouble(), within(0.0005));
                assertThat(m.attribution().p()).isCloseTo(t.get("attribution").get("p").asDouble(), within(0.0005));
                assertThat(m.attribution().r()).isCloseTo(t.get("attribution").get("r").asDouble(), within(0.0005));
            }
        }
    }
}
