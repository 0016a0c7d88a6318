package dev.whosaid.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.gazetteer.Gazetteer;
import dev.whosaid.gazetteer.Lexicon;
import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;
import dev.whosaid.normalize.Normalizer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Name repair on the PolNeAR dev split, clean and noisy. The noisy file logs every edit its noise made
 * and each gold quote's undamaged speaker: they are used here to measure, never as input. Pure
 * normalization (no CoreNLP), so it takes seconds. Skips where ../shared/eval is absent.
 */
class NameRepairAccuracyTest {
    static final Normalizer NORMALIZER = new Normalizer(
            new NameRepairer(Gazetteer.defaultGazetteer(), Lexicon.defaultLexicon()));

    static List<Correction> nameRepairs(JsonNode record) {
        LocalDate date = record.hasNonNull("date") ? LocalDate.parse(record.get("date").asText()) : null;
        return NORMALIZER.normalize(record.get("text").asText(), date).corrections().stream()
                .filter(c -> c.kind() == CorrectionKind.NAME).toList();
    }

    @Test
    void cleanNewsKeepsItsNames() throws Exception {
        Optional<Path> clean = EvalData.file("polnear-dev.jsonl");
        assumeTrue(clean.isPresent(), "../shared/eval is not here");
        List<String> repairs = new ArrayList<>();
        for (JsonNode r : JsonLines.read(clean.get())) {
            nameRepairs(r).forEach(c -> repairs.add(r.get("id").asText() + ": " + c.original() + " -> " + c.replacement()));
        }
        // The issue allows at most 3 repairs of a name the text had right; today's two both fix typos
        // of the source ("Sameuelson", "Donand Trump"), so every repair on clean text counts here.
        assertThat(repairs).as("name repairs on clean news").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void damagedSpeakerNamesAreRestored() throws Exception {
        Optional<Path> noisy = EvalData.file("polnear-dev-noisy.jsonl");
        assumeTrue(noisy.isPresent(), "../shared/eval is not here");
        int damaged = 0;
        int restored = 0;
        int wrong = 0;
        for (JsonNode r : JsonLines.read(noisy.get())) {
            String text = r.get("text").asText();
            List<Correction> repairs = nameRepairs(r);
            for (JsonNode e : r.get("noise").get("edits")) {
                String kind = e.get("kind").asText();
                if (!kind.equals("name-spell") && !kind.equals("name-lower") || !inGoldSpeaker(r, e.get("start").asInt())) {
                    continue;
                }
                damaged++;
                int s = text.offsetByCodePoints(0, e.get("start").asInt());
                int t = text.offsetByCodePoints(0, e.get("end").asInt());
                Optional<Correction> hit = repairs.stream().filter(c -> c.start() <= s && t <= c.end()).findFirst();
                if (hit.isPresent() && hit.get().replacement().contains(e.get("clean").asText())) {
                    restored++;
                } else if (hit.isPresent()) {
                    wrong++;
                }
            }
        }
        assertThat(damaged).isGreaterThan(600);
        // measured 283 of 676 (42%) restored and 4 changed to something else when this test was written
        assertThat(restored / (double) damaged).as("share of damaged speaker-name words restored").isGreaterThan(0.38);
        assertThat(wrong / (double) damaged).as("share repaired to something else").isLessThan(0.02);
    }

    private static boolean inGoldSpeaker(JsonNode record, int codePoint) {
        for (JsonNode q : record.get("quotes")) {
            if (q.hasNonNull("speaker_start") && q.get("speaker_start").asInt() <= codePoint
                    && codePoint < q.get("speaker_end").asInt()) {
                return true;
            }
        }
        return false;
    }
}
