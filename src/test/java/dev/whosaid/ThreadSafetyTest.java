package dev.whosaid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.eval.EvalData;
import dev.whosaid.eval.JsonLines;
import dev.whosaid.model.Analysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock CoreNLP's quote attribution throws and loses speakers with four threads on one pipeline.
 * One whosaid shared by many threads must give, for every document, exactly what one thread gives.
 */
class ThreadSafetyTest {
    private static final List<String> TEXTS = List.of(
            TestPipeline.seedText(),
            "“We will not raise taxes this year,” Finance Minister Ana Ruiz said on Monday.",
            "The company said in a statement: “Our products are safe and fully tested.” Its chief executive, "
                    + "Paul Grant, added that “nothing was hidden from the regulators at any point”.",
            "Mark Evans spoke at the rally. “We will fight for every single vote in this state,” he said. "
                    + "“Nobody will stop us this time around.”");

    /** Many more threads than cores, so that the threads are switched in the middle of everything. */
    private static final int THREADS = 16;
    private static final int DOCUMENTS = 300;

    /**
     * The stress test of issue 7: three hundred documents (the dev split's articles whole and in pieces,
     * each with its own date, when it is here; else pieces of the seed), analysed by sixteen threads at
     * once on one instance, in shuffled order: every result equals the one-thread result, to the byte.
     */
    @Test
    void manyThreadsOnHundredsOfDocumentsGiveTheSameResultsAsOne() throws Exception {
        List<Doc> docs = documents();
        assertThat(docs).hasSize(DOCUMENTS);
        WhoSaid whosaid = TestPipeline.whosaid();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            expected.add(whosaid.analyze("d" + i, docs.get(i).text(), docs.get(i).date()).toJson());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(THREADS));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i : order) {
                results.add(pool.submit(() -> whosaid.analyze("d" + i, docs.get(i).text(), docs.get(i).date()).toJson()));
            }
            List<String> differences = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                String got = results.get(k).get();
                String want = expected.get(order.get(k));
                if (!got.equals(want)) {
                    int at = 0;
                    while (at < Math.min(got.length(), want.length()) && got.charAt(at) == want.charAt(at)) {
                        at++;
                    }
                    differences.add("d" + order.get(k) + " at " + at + ": serial …"
                            + want.substring(Math.max(0, at - 80), Math.min(want.length(), at + 200)) + "… concurrent …"
                            + got.substring(Math.max(0, at - 80), Math.min(got.length(), at + 200)) + "…");
                }
            }
            assertThat(differences).as("documents whose concurrent result differs from the serial one").isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).as("documents with quotes").filteredOn(j -> j.contains("\"quotes\":[{"))
                .hasSizeGreaterThan(docs.size() / 2);
    }

    private record Doc(String text, java.time.LocalDate date) {
    }

    private static List<Doc> documents() throws java.io.IOException {
        List<Doc> whole = new ArrayList<>();
        java.util.Optional<java.nio.file.Path> devSplit = EvalData.file("polnear-dev.jsonl");
        if (devSplit.isPresent()) {
            for (JsonNode record : JsonLines.read(devSplit.get())) {
                if (record.path("text").isTextual()) {
                    whole.add(new Doc(record.get("text").asText(), java.time.LocalDate.parse(record.get("date").asText())));
                }
            }
        } else {
            whole.add(new Doc(TestPipeline.seedText(), TestPipeline.SEED_DATE));
        }
        List<Doc> docs = new ArrayList<>(whole.subList(0, Math.min(whole.size(), DOCUMENTS)));
        for (int i = 0; docs.size() < DOCUMENTS; i++) {
            // four consecutive paragraphs of an article, starting a little further on each time, dated a
            // few days apart, so that dates resolve differently from one document to the next
            Doc from = whole.get(i % whole.size());
            String[] paragraphs = from.text().split("\n\\s*\n");
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                d.append(paragraphs[(i / whole.size() + k) % paragraphs.length]).append("\n\n");
            }
            docs.add(new Doc(d.toString(), from.date().plusDays(i % 9)));
        }
        return docs;
    }

    /**
     * SUTime keeps rule state in a shared environment (a reported CoreNLP issue): a document's dates
     * must not depend on the documents analysed before it on the same pipeline.
     */
    @Test
    void datesDoNotDependOnEarlierDocuments() {
        WhoSaid whosaid = TestPipeline.whosaid();
        String a = "On Monday, Ana Ruiz said: “We will not raise taxes this year at all.”";
        String b = "Ana Ruiz said the deal will be signed next Monday. On Monday, she added: “We are ready now.”";
        String first = whosaid.analyze("a", a, TestPipeline.SEED_DATE).toJson();
        assertThat(first).contains("\"value\":\"2020-08-31\"");
        whosaid.analyze("b", b, TestPipeline.SEED_DATE.plusYears(1));
        whosaid.analyze("b", b, null);
        assertThat(whosaid.analyze("a", a, TestPipeline.SEED_DATE).toJson()).isEqualTo(first);
    }

    @Test
    void fourThreadsOnOneInstanceGiveTheSameResultsAsOne() throws Exception {
        WhoSaid whosaid = TestPipeline.whosaid();
        List<String> expected = new ArrayList<>();
        for (String t : TEXTS) {
            expected.add(whosaid.analyze("d", t, TestPipeline.SEED_DATE).toJson());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<Integer> which = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < TEXTS.size(); i++) {
                    String t = TEXTS.get(i);
                    which.add(i);
                    results.add(pool.submit(() -> whosaid.analyze("d", t, TestPipeline.SEED_DATE).toJson()));
                }
            }
            for (int k = 0; k < results.size(); k++) {
                assertThat(results.get(k).get()).isEqualTo(expected.get(which.get(k)));
            }
        } finally {
            pool.shutdownNow();
        }
        Analysis seed = whosaid.analyze("d", TEXTS.get(0), TestPipeline.SEED_DATE);
        assertThat(seed.quotes()).allSatisfy(q -> assertThat(q.text()).isNotBlank());
        assertThat(seed.quotes().stream().filter(q -> q.speaker() != null)).hasSizeGreaterThanOrEqualTo(8);
    }
}
