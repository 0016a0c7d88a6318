package dev.whosaid.robustness;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's hostile inputs ({@link HostileInputs}), run in a child JVM with a 1 GB heap: every input is
 * handled within that memory, the models included, and within its time. The table of figures goes to
 * {@code target/hostile-inputs.md}.
 */
class HostileInputTableTest {
    /** The heap the table must fit in; the README states it. */
    static final String HEAP = "-Xmx1g";

    @Test
    void everyHostileInputIsHandledInAOneGigabyteHeap() throws IOException, InterruptedException {
        Path table = Path.of("target", "hostile-inputs.md");
        Path log = Path.of("target", "hostile-inputs.log");
        Files.createDirectories(table.getParent());
        Files.deleteIfExists(table);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, HEAP, "-Xss4m", "-cp", System.getProperty("java.class.path"),
                HostileInputs.class.getName(), table.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended;
        try {
            ended = p.waitFor(15, TimeUnit.MINUTES);
        } finally { // timed out, or this test interrupted: the child must not outlive it
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        // The log holds hostile characters; read it whatever they are, and only its end.
        List<String> output = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        String tail = output.subList(Math.max(0, output.size() - 30), output.size()).stream()
                .map(l -> l.length() > 500 ? l.substring(0, 500) + " …" : l).collect(Collectors.joining("\n"));
        assertThat(ended).as("the table finished within 15 minutes; its log ends:\n%s", tail).isTrue();
        assertThat(p.exitValue()).as("every input handled in %s; the log ends:\n%s", HEAP, tail).isZero();
        List<String> rows = Files.readAllLines(table);
        assertThat(rows).hasSize(2 + (int) HostileInputs.size()).noneMatch(r -> r.contains("FAILED"));
    }
}
