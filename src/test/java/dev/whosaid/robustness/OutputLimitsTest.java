package dev.whosaid.robustness;

import dev.whosaid.TestPipeline;
import dev.whosaid.WhoSaid;
import dev.whosaid.cli.CliRun;
import dev.whosaid.contract.Contract;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Quote;
import dev.whosaid.model.Warning;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The caps on quotes, entities and corrections per analysis: what is kept, what is said, and that references hold. */
class OutputLimitsTest {

    @Test
    void overTheCapsTheFirstQuotesAndTheEntitiesTheyNameAreKept() {
        Analysis full = TestPipeline.seed();
        assertThat(full.quotes()).hasSizeGreaterThan(3);
        assertThat(full.entities()).hasSizeGreaterThan(4);

        WhoSaid capped = WhoSaid.builder().maxQuotes(3).maxEntities(4).build();
        Analysis a = capped.analyze("icc-sanctions-mt", TestPipeline.seedText(), TestPipeline.SEED_DATE);

        assertThat(a.quotes()).extracting(Quote::text).containsExactlyElementsOf(
                full.quotes().subList(0, 3).stream().map(Quote::text).toList());
        assertThat(a.entities()).hasSize(4);
        assertThat(a.warnings()).extracting(Warning::code).contains("W013", "W014");
        assertThat(a.warnings()).filteredOn(w -> w.code().equals("W013")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("3 of " + full.quotes().size() + " kept"));
        // the kept quotes' speakers are among the kept entities, so they keep their links
        for (Quote q : a.quotes()) {
            if (q.speaker() != null && q.speaker().entity() != null) {
                assertThat(a.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo(q.speaker().entity()));
            }
        }
        Contract.check(a, TestPipeline.seedText()); // every reference resolves; the schema holds
        assertThat(full.warnings()).extracting(Warning::code).doesNotContain("W013", "W014");
    }

    @Test
    void overTheCorrectionCapNeighboursMergeAndTheAnalysisIsTheSame() {
        Analysis full = TestPipeline.seed();
        assertThat(full.corrections()).hasSizeGreaterThan(5);

        WhoSaid capped = WhoSaid.builder().maxCorrections(5).build();
        Analysis a = capped.analyze("icc-sanctions-mt", TestPipeline.seedText(), TestPipeline.SEED_DATE);

        assertThat(a.corrections()).hasSizeLessThanOrEqualTo(5);
        assertThat(a.warnings()).filteredOn(w -> w.code().equals("W015")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains(
                        String.format(Locale.ROOT, "%,d corrections merged", full.corrections().size())));
        assertThat(a.quotes()).isEqualTo(full.quotes()); // the cap shortens the report, not what was read
        Contract.check(a, TestPipeline.seedText());
        assertThat(full.warnings()).extracting(Warning::code).doesNotContain("W015");
    }

    @Test
    void capsBelowOneAreRefusedByName() {
        assertThatThrownBy(() -> WhoSaid.builder().maxCorrections(0)).hasMessageContaining("maxCorrections");
        assertThatThrownBy(() -> WhoSaid.builder().maxQuotes(0)).hasMessageContaining("maxQuotes");
        assertThatThrownBy(() -> WhoSaid.builder().maxEntities(-1)).hasMessageContaining("maxEntities");
        CliRun r = CliRun.of("analyze", TestPipeline.SEED.toString(), "--max-quotes", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("maxQuotes must be at least 1");
    }
}
