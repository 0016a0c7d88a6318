package dev.whosaid.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds the shared evaluation folder ({@code shared/eval}: PolNeAR gold files and score.py). It
 * is research material under the publishers' copyright, so it lives beside the project, never in
 * it: {@code /work/shared/eval} next to {@code /work/main}, or a copy of {@code shared/} beside
 * the clone in CI.
 */
public final class EvalData {

    /** System property that names the folder explicitly. */
    public static final String PROPERTY = "whosaid.eval.dir";

    private EvalData() {
    }

    /**
     * The eval folder: the directory named by the system property {@value #PROPERTY} if it is set,
     * else the first {@code shared/eval} directory found walking up from the working directory
     * (so {@code ../shared/eval} relative to the project root is found from the project root or
     * any folder below it). Empty when there is none.
     *
     * @throws IllegalStateException if the property is set but names no directory (a misspelt
     *                               override should not silently skip the evaluation)
     */
    public static Optional<Path> directory() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            Path dir = Paths.get(override).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException(PROPERTY + "=" + override + " is not a directory");
            }
            return Optional.of(dir);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("eval");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** A file of the eval folder, e.g. {@code "polnear-dev.jsonl"}, if the folder and the file exist. */
    public static Optional<Path> file(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be a file name, got " + (name == null ? "null" : '"' + name + '"'));
        }
        return directory().map(d -> d.resolve(name)).filter(Files::isRegularFile);
    }
}
