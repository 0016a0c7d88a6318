package dev.whosaid.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs python3 (the reference scorer and its str semantics) for the agreement tests. */
final class Python {

    /** The Python to run: {@code python3} from the PATH unless the system property {@code whosaid.python} names another. */
    static final String EXECUTABLE = System.getProperty("whosaid.python", "python3");

    private static Boolean available;

    private Python() {
    }

    /** Whether {@link #EXECUTABLE} can be started (Python 3.6 or later). */
    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder(EXECUTABLE, "-c", "import sys; sys.exit(0 if sys.version_info >= (3, 6) else 1)")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Runs python3 with the arguments, feeding stdin (UTF-8), and returns stdout; fails on a non-zero exit. */
    static String run(String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(EXECUTABLE);
        cmd.addAll(List.of(args));
        Path err = null;
        try {
            err = Files.createTempFile("whosaid-python", ".stderr");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().put("PYTHONUTF8", "1");
            Process p = pb.start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            byte[] stdout = out.get(60, TimeUnit.SECONDS);
            if (p.exitValue() != 0) {
                throw new AssertionError("exit " + p.exitValue() + " from " + cmd + ":\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("running " + cmd + " failed", e);
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a temp file left behind
                }
            }
        }
    }
}
