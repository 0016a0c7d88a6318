package dev.whosaid.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.TestPipeline;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * whosaid touches no network and no file beyond the JDK, its class path and the paths it is given:
 * {@code analyze} and {@code convert} run in a child JVM under {@link Sandboxed}'s security manager,
 * which refuses and lists anything else, and must do their whole work with nothing refused.
 */
class SandboxTest {
    @TempDir
    Path dir;

    @Test
    void analyzeReadsOnlyItsInputAndTheClassPath() throws Exception {
        Run r = sandboxed("analyze", TestPipeline.SEED.toAbsolutePath().toString(), "--date", "2020-09-03");
        assertThat(r.err()).doesNotContain("DENIED");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Json.reader().readTree(r.out()).get("quotes").size()).isEqualTo(TestPipeline.seed().quotes().size());
    }

    @Test
    void convertUsesOnlyTheDirectoryAndFilesItIsGiven() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.copy(TestPipeline.SEED, archive.resolve("icc.txt"));
        Files.writeString(archive.resolve("more.jsonl"), "{\"id\": \"a\", \"text\": \"“We act,” Ana Ruiz said.\"}\n");
        Path out = dir.resolve("out.jsonl");
        Path csv = dir.resolve("quotes.csv");
        Run r = sandboxed("convert", archive.toString(), "-o", out.toString(), "--csv", csv.toString(),
                "--date", "2020-09-03", "--threads", "2");
        assertThat(r.err()).doesNotContain("DENIED");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = Json.reader().readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("icc");
        assertThat(Files.readAllLines(csv)).hasSizeGreaterThan(TestPipeline.seed().quotes().size());
    }

    @Test
    void theSandboxRefusesWhatItShould() throws Exception {
        // the check of the check: a file beside a given one, and a connection, are refused and listed
        Path given = Files.writeString(dir.resolve("given.txt"), "x");
        Files.writeString(dir.resolve("given.txt.other"), "y");
        Run r = sandboxed("probe", given.toString());
        assertThat(r.out()).contains("read: SecurityException").contains("connect: SecurityException");
        assertThat(r.err()).contains("DENIED FilePermission " + dir.resolve("given.txt.other") + " read")
                .contains("DENIED SocketPermission 127.0.0.1:9 connect");
    }

    private record Run(int code, String out, String err) {
    }

    /**
     * The test class path as a list of entries. Surefire runs tests from a jar whose manifest holds the
     * class path (and, with it, the working directory), which the sandbox would rightly refuse to read.
     */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // an empty entry means the working directory to the class loader
        return java.util.Arrays.stream(cp.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private Run sandboxed(String... args) throws Exception {
        assumeTrue(Runtime.version().feature() < 24, "security managers are gone from Java 24 on");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-Xss4m", "-Djava.security.manager=allow",
                "-cp", classPath(), Sandboxed.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
