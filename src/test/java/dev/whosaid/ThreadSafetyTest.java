package dev.whosaid;

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
 * One whosaid shared by four threads must give, for every document, exactly what one thread gives.
 */
class ThreadSafetyTest {
    private static final List<String> TEXTS = List.of(
            TestPipeline.seedText(),
            "“We will not raise taxes this year,” Finance Minister Ana Ruiz said on Monday.",
            "The company said in a statement: “Our products are safe and fully tested.” Its chief executive, "
                    + "Paul Grant, added that “nothing was hidden from the regulators at any point”.",
            "Mark Evans spoke at the rally. “We will fight for every single vote in this state,” he said. "
                    + "“Nobody will stop us this time around.”");

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
