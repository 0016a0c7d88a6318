package dev.whosaid.gazetteer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Name repair on the shipped gazetteer, table-driven: damaged names it must restore, and at least fifty
 * right names and ordinary words that look like damage and must stay. Pure: no CoreNLP.
 */
class NameRepairTableTest {
    static final NameRepairer REPAIRER = new NameRepairer(Gazetteer.defaultGazetteer(), Lexicon.defaultLexicon());

    record Row(int line, LocalDate date, String text, String[] rest) {
    }

    static List<Row> table(String name) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NameRepairTableTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                LocalDate date = f[0].equals("-") ? null : LocalDate.parse(f[0]);
                rows.add(new Row(n, date, f[1], java.util.Arrays.copyOfRange(f, 2, f.length)));
            }
        }
        return rows;
    }

    @Test
    void theMustNotRepairTableHasAtLeastFiftyCases() throws IOException {
        assertThat(table("must-not-repair.tsv")).hasSizeGreaterThanOrEqualTo(50);
    }

    @TestFactory
    Stream<DynamicTest> rightNamesAndWordsStayAsWritten() throws IOException {
        return table("must-not-repair.tsv").stream().map(row -> DynamicTest.dynamicTest(
                "line " + row.line() + ": " + row.rest()[0] + " (" + row.rest()[1] + ")", () -> {
                    int at = row.text().indexOf(row.rest()[0]);
                    assertThat(at).as("the protected words occur in the text").isGreaterThanOrEqualTo(0);
                    int end = at + row.rest()[0].length();
                    List<NameRepair> touching = REPAIRER.repairs(row.text(), row.date()).stream()
                            .filter(r -> r.start() < end && at < r.end()).toList();
                    assertThat(touching).as("repairs of '%s' in: %s", row.rest()[0], row.text()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> damagedNamesAreRestored() throws IOException {
        return table("should-repair.tsv").stream().map(row -> DynamicTest.dynamicTest(
                "line " + row.line() + ": " + row.rest()[0] + " -> " + row.rest()[1], () -> {
                    String damaged = row.rest()[0];
                    int at = row.text().indexOf(damaged);
                    assertThat(at).as("the damaged words occur in the text").isGreaterThanOrEqualTo(0);
                    List<NameRepair> repairs = REPAIRER.repairs(row.text(), row.date());
                    String repaired = apply(row.text(), repairs);
                    String expected = row.text().substring(0, at) + row.rest()[1]
                            + row.text().substring(at + damaged.length());
                    // exactly that repair and no other: a stray repair elsewhere in the sentence fails too
                    assertThat(repaired).as("repairs %s", repairs).isEqualTo(expected);
                    assertThat(repairs).allSatisfy(r -> {
                        assertThat(r.evidence()).isNotBlank();
                        assertThat(r.confidence()).isBetween(0.5, 1.0);
                    });
                }));
    }

    static String apply(String text, List<NameRepair> repairs) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (NameRepair r : repairs) {
            b.append(text, at, r.start()).append(r.replacement());
            at = r.end();
        }
        return b.append(text.substring(at)).toString();
    }

    @Test
    void aRoleNamedNearbyDecidesBetweenNamesakes() {
        String text = "the Dutch foreign minister, stef bullock, tweeted.";
        assertThat(REPAIRER.repairs(text, LocalDate.of(2020, 9, 3))).singleElement().satisfies(r -> {
            assertThat(r.replacement()).isEqualTo("Stef Blok");
            assertThat(r.evidence()).contains("Foreign Minister").contains("Netherlands").contains("2020-09-03");
            assertThat(r.type()).isEqualTo("PERSON");
        });
        // Years before he held the post the same words decide nothing.
        assertThat(REPAIRER.repairs(text, LocalDate.of(2012, 1, 1))).isEmpty();
    }

    @Test
    void theFamilyNameAloneFollowsAPinyinRepair() {
        String text = "Quan Wukun, President of the Assembly of States Parties, spoke. \"We stand together,\" Quan said.";
        List<NameRepair> repairs = REPAIRER.repairs(text, LocalDate.of(2020, 9, 3));
        assertThat(apply(text, repairs)).isEqualTo(
                "O-Gon Kwon, President of the Assembly of States Parties, spoke. \"We stand together,\" Kwon said.");
        assertThat(repairs.get(0).evidence()).contains("權五坤");
    }

    @Test
    void hostileTextIsHandledInBoundedWork() {
        LocalDate day = LocalDate.of(2020, 9, 3);
        assertThat(REPAIRER.repairs("a".repeat(200_000), day)).isEmpty(); // one enormous "word"
        assertThat(REPAIRER.repairs("ab-".repeat(20_000) + "ab", day)).isEmpty(); // 60 kB of hyphenated parts
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            names.append("Zorblat").append(i % 26 == 0 ? "" : String.valueOf((char) ('a' + i % 26))).append(" met ")
                    .append("Quux").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26)).append(". ");
        }
        assertThat(REPAIRER.repairs(names.toString(), day)).isNotNull(); // thousands of distinct names
        String many = "he designated fatu Bensouda, the chief prosecutor of the International Criminal Court. "
                + "fatu said. ".repeat(20_000);
        List<NameRepair> repairs = REPAIRER.repairs(many, day);
        assertThat(repairs).hasSize(20_001).allSatisfy(r -> assertThat(r.replacement()).isEqualTo("Fatou"));
    }

    @Test
    void countryWordsAreReadAsNewsWritesThem() {
        assertThat(Countries.code("Dutch")).isEqualTo("NL");
        assertThat(Countries.code("the Netherlands")).isEqualTo("NL");
        assertThat(Countries.code("The Hague")).isEqualTo("NL");
        assertThat(Countries.code("U.S.")).isEqualTo("US");
        assertThat(Countries.code("US")).isEqualTo("US");
        assertThat(Countries.code("us")).as("the pronoun").isNull();
        assertThat(Countries.code("White House")).isEqualTo("US");
        assertThat(Countries.code("told")).isNull();
    }

    @Test
    void repairsNeverOverlapAndAreSorted() {
        String text = "ponpeo and Pompeo met hillary clinton, the Dutch foreign minister, stef bullock, and White House "
                + "press secretary Kelly mcnaney in the trump administration.";
        List<NameRepair> repairs = REPAIRER.repairs(text, LocalDate.of(2020, 9, 3));
        for (int i = 1; i < repairs.size(); i++) {
            assertThat(repairs.get(i).start()).isGreaterThanOrEqualTo(repairs.get(i - 1).end());
        }
        assertThat(repairs).hasSizeGreaterThanOrEqualTo(5);
    }
}
