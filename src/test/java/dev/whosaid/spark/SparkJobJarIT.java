package dev.whosaid.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job jar that {@code mvn package} builds, run as a cluster runs it: on the class path of a plain
 * Spark 3.5 (its own Jackson 2.15, protobuf 3.19 and SLF4J 2, resolved from {@code src/it/spark-runtime}),
 * with the models jar beside it, and ahead of Spark's jars. The relocations are what let it start:
 * without them our Jackson 2.20 would shadow Spark's, and Spark's Jackson module refuses it.
 */
class SparkJobJarIT {
    @TempDir
    Path dir;

    @Test
    void theJobJarConvertsOnAPlainSparkClassPath() throws IOException, InterruptedException {
        Path jobJar = jobJar();
        String models = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("stanford-corenlp") && e.endsWith("-models.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("the CoreNLP models jar is not on the test class path"));
        List<String> spark = sparkRuntime();
        assertThat(spark).as("Spark's own Jackson, not ours").anyMatch(e -> e.contains("jackson-databind-2.15"))
                .noneMatch(e -> e.contains("whosaid"));

        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"“We will not accept this,” said Stef Blok.\"}\n"
                + "{\"id\": \"b\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g"));
        Arrays.stream(System.getProperty("spark.jvm.args", "").split("\\s+")).filter(a -> !a.isBlank())
                .forEach(command::add);
        // The job jar first, as with spark.executor.userClassPathFirst: whatever it carries unrelocated
        // would now win over Spark's own (our Jackson 2.20 over Spark's 2.15, which its Scala module refuses).
        command.addAll(List.of("-cp", jobJar + File.pathSeparator + models + File.pathSeparator
                + String.join(File.pathSeparator, spark), "dev.whosaid.cli.Main", "spark", in.toString(),
                out.toString(), "--master", "local[2]"));
        Path log = dir.resolve("job.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the job ends").isTrue();
        } finally {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertThat(p.exitValue()).as(output).isEqualTo(1); // the second record has no text
        assertThat(output).contains("2 records", "E002 1", "1 pipeline built");
        List<String> lines = new ArrayList<>();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(out, "part-*")) {
            for (Path part : parts) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSize(2).anySatisfy(l -> assertThat(l).contains("\"speaker\"", "Stef Blok"))
                .anySatisfy(l -> assertThat(l).contains("\"E002\""));
    }

    private static Path jobJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "whosaid-*-spark.jar")) {
            for (Path j : jars) {
                return j;
            }
        }
        throw new AssertionError("no target/whosaid-*-spark.jar: integration tests run after mvn package");
    }

    /** The class path of a plain Spark 3.5, resolved by Maven from src/it/spark-runtime. */
    private List<String> sparkRuntime() throws IOException, InterruptedException {
        Path file = dir.resolve("spark-runtime.txt");
        Path log = dir.resolve("mvn.log");
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", "src/it/spark-runtime/pom.xml",
                "dependency:build-classpath", "-Dmdep.outputFile=" + file)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(mvn.waitFor(10, TimeUnit.MINUTES)).as("Maven resolves Spark").isTrue();
        assertThat(mvn.exitValue()).as(Files.readString(log, StandardCharsets.ISO_8859_1)).isZero();
        return Arrays.asList(Files.readString(file).trim().split(File.pathSeparator));
    }
}
