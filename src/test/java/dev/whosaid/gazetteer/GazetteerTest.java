package dev.whosaid.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gazetteer format, its loader, the user API and the shipped default. */
class GazetteerTest {
    @TempDir
    Path dir;

    Path file(String... lines) throws IOException {
        Path p = dir.resolve("user-" + System.nanoTime() + ".tsv");
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theDefaultGazetteerHasThousandsOfEntries() {
        Gazetteer g = Gazetteer.defaultGazetteer();
        assertThat(g.size()).isGreaterThan(3000);
        assertThat(g.entries()).extracting(GazetteerEntry::type).contains("PERSON", "ORGANIZATION");
        assertThat(g.byName("International Criminal Court")).extracting(GazetteerEntry::name)
                .contains("International Criminal Court");
        assertThat(g.byName("ICC")).isNotEmpty();
    }

    @Test
    void everyShippedFileIsListedForLoading() throws IOException {
        Path models = Paths.get("models", "gazetteer");
        List<String> listed = Files.readAllLines(models.resolve("files.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        try (Stream<Path> s = Files.list(models)) {
            List<String> present = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        }
    }

    @Test
    void theSeedArticlesPeopleAreKnownWithTheirPosts() {
        Gazetteer g = Gazetteer.defaultGazetteer();
        LocalDate day = LocalDate.of(2020, 9, 3);
        for (String name : List.of("Mike Pompeo", "Fatou Bensouda", "Phakiso Mochochoko", "Stef Blok",
                "Kayleigh McEnany", "O-Gon Kwon", "Donald Trump")) {
            assertThat(g.byName(name)).as(name).anySatisfy(e -> assertThat(e.rolesOn(day)).isNotEmpty());
        }
        // the Korean judge is found through the pinyin reading of his name's Chinese characters
        assertThat(g.byPinyin("quanwukun")).extracting(GazetteerEntry::name).containsExactly("O-Gon Kwon");
    }

    @Test
    void aUserFileAddsEntriesAndExtendsShippedOnes() throws IOException {
        Path user = file("# my newsroom's people",
                "jane-roe\tPERSON\tJane Roe\tJ. Roe\tMayor of Springfield|US|2019-01-01|\tUS\t",
                "stef-blok\tPERSON\tStef Blok\tStefanus Blok\tMinister of Economic Affairs and Climate Policy|NL|2021-05-25|2022-01-10\tNL\t");
        Gazetteer g = Gazetteer.defaultGazetteer().plus(user);
        assertThat(g.size()).isEqualTo(Gazetteer.defaultGazetteer().size() + 1);
        assertThat(g.byName("Jane Roe")).singleElement().satisfies(e -> {
            assertThat(e.aliases()).containsExactly("J. Roe");
            assertThat(e.rolesOn(LocalDate.of(2020, 1, 1))).extracting(Role::title).containsExactly("Mayor of Springfield");
            assertThat(e.wikidata()).isNull();
        });
        assertThat(g.byName("Stefanus Blok")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Stef Blok");
            assertThat(e.roles()).extracting(Role::title).contains("Foreign Minister", "Minister of Economic Affairs and Climate Policy");
        });
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
                Arguments.of("x\tPERSON\tA\t\t\t", "6 tab-separated fields, expected 7"),
                Arguments.of("Bad Id\tPERSON\tA\t\t\t\t", "id 'Bad Id' is not lower-case"),
                Arguments.of("a\tPEOPLE\tA\t\t\t\t", "type 'PEOPLE' is not one of"),
                Arguments.of("a\tPERSON\t \t\t\t\t", "empty name"),
                Arguments.of("a\tPERSON\tA\t\tPresident\t\t", "is not title|country|start|end"),
                Arguments.of("a\tPERSON\tA\t\tPresident|USA|2019|\t\t", "role country 'USA' is not an ISO 3166"),
                Arguments.of("a\tPERSON\tA\t\tPresident|US|2019-02-30|\t\t", "not a date"),
                Arguments.of("a\tPERSON\tA\t\tPresident|US|2020|2019\t\t", "ends before it starts"),
                Arguments.of("a\tPERSON\tA\t\t\tusa\t", "nationality 'usa' is not an ISO 3166"),
                Arguments.of("a\tPERSON\tA\t\t\t\t42", "wikidata '42' is not an item id"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformedLines")
    void aMalformedLineIsReportedWithFileAndLine(String line, String problem) throws IOException {
        Path bad = file("# header", "ok\tPERSON\tOk Person\t\t\t\t", line);
        assertThatThrownBy(() -> Gazetteer.empty().plus(bad))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageStartingWith(bad + ":3: ")
                .hasMessageContaining(problem);
    }

    @Test
    void aFileThatIsNotUtf8IsAFormatErrorWithFileAndLine() throws IOException {
        // found by GazetteerFuzzTest: it was an UncheckedIOException saying "Input length = 1"
        Path latin1 = dir.resolve("latin1.tsv");
        Files.write(latin1, "# entries\nmuller\tPERSON\tHans M\u00fcller\t\t\t\t\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Gazetteer.empty().plus(latin1)).isInstanceOf(GazetteerFormatException.class)
                .hasMessageStartingWith(latin1 + ":1: ").hasMessageContaining("not UTF-8");
    }

    @Test
    void aFileWithoutLineBreaksIsRefusedAtItsFirstLineNotReadWhole() throws IOException {
        Path blob = dir.resolve("blob.tsv"); // a binary or a minified dump given by mistake
        Files.writeString(blob, "x".repeat(5_000_000), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gazetteer.empty().plus(blob)).isInstanceOf(GazetteerFormatException.class)
                .hasMessage(blob + ":1: line longer than 20000 characters");
    }

    @Test
    void aLongCommentOrBlankLineIsStillSkipped() throws IOException {
        Path f = file("# " + "x".repeat(30_000), " ".repeat(30_000), "a\tPERSON\tAnna A\t\t\t\t");
        assertThat(Gazetteer.empty().plus(f).entries()).extracting(GazetteerEntry::name).containsExactly("Anna A");
    }

    @Test
    void linesEndInAnyConvention() throws IOException {
        Path mixed = dir.resolve("mixed.tsv");
        Files.writeString(mixed, "# CR LF, then CR, then LF, then none\r\n"
                + "a\tPERSON\tAnna A\t\t\t\t\r"
                + "b\tPERSON\tBen B\t\t\t\t\n"
                + "c\tPERSON\tCid C\t\t\t\t", StandardCharsets.UTF_8);
        assertThat(Gazetteer.empty().plus(mixed).entries()).extracting(GazetteerEntry::name)
                .containsExactly("Anna A", "Ben B", "Cid C");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> Gazetteer.empty().plus(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope.tsv");
    }

    @Test
    void partialDatesAreReadGenerously() {
        Role r = new Role("Foreign Minister", "NL", PartialDate.parse("2018-03"), PartialDate.parse("2021"));
        assertThat(r.heldOn(LocalDate.of(2018, 3, 1))).isTrue();
        assertThat(r.heldOn(LocalDate.of(2018, 2, 28))).isFalse();
        assertThat(r.heldOn(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(r.heldOn(LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(new Role("Judge", "", null, null).heldOn(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(PartialDate.parse("2018-03-07")).hasToString("2018-03-07");
        assertThatThrownBy(() -> PartialDate.parse("March 2018")).hasMessageContaining("March 2018");
    }

    @Test
    void keysFindCandidatesThatSpellingAloneMisses() {
        assertThat(NameKeys.skeleton("bullock")).isEqualTo(NameKeys.skeleton("blok"));
        assertThat(NameKeys.skeleton("mcnaney")).isEqualTo(NameKeys.skeleton("mcenany"));
        assertThat(NameKeys.skeleton("kelly")).isEqualTo(NameKeys.skeleton("kayleigh"));
        assertThat(NameKeys.skeleton("fakiso")).isEqualTo(NameKeys.skeleton("phakiso"));
        assertThat(NameKeys.keys("obana")).containsAnyElementsOf(NameKeys.keys("obama"));
        assertThat(NameKeys.pinyin("權五坤")).isEqualTo("quanwukun");
        assertThat(NameKeys.fold("Erdoğan")).isEqualTo("erdogan");
    }

    @Test
    void linkingNeedsExactlyOneFit() {
        EntityLinker linker = new EntityLinker(Gazetteer.defaultGazetteer());
        LocalDate day = LocalDate.of(2020, 9, 3);
        assertThat(linker.link("Pompeo", "PERSON", day)).satisfies(l -> {
            assertThat(l.name()).isEqualTo("Mike Pompeo");
            assertThat(l.titles()).contains("Secretary of State (United States)");
        });
        // "Trump" in 2020: several Trumps held posts; the president is the one a bare surname means
        assertThat(linker.link("Trump", "PERSON", day).name()).isEqualTo("Donald Trump");
        assertThat(linker.link("Pompeo", "ORGANIZATION", day)).isNull();
        assertThat(linker.link("Jane Nobody", "PERSON", day)).isNull();
        assertThat(linker.link("Stef Blok", "PERSON", null).titles()).isEmpty();
    }
}
