package dev.whosaid.robustness;

import dev.whosaid.WhoSaid;
import dev.whosaid.batch.InputRecord;
import dev.whosaid.batch.Inputs;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;
import dev.whosaid.batch.TextInput;
import dev.whosaid.contract.Contract;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's table of hostile inputs, run in a JVM of its own by {@link HostileInputTableTest} so that the
 * heap it is given (1 GB) is a limit the table proves. Each text is analysed (each batch record
 * converted) and must give a result that keeps the contract, with the warnings it calls for, or an error
 * line with its code. Time, the most heap in use and the output's size are written per input to the
 * file given (the README quotes them); they are figures, not assertions, since the machine is shared.
 * Exits with 1, after the whole table, if any input failed.
 */
public final class HostileInputs {
    /**
     * The 10 MB inputs are analysed up to this length: ten times less than the default, for CI's sake.
     * The default's behaviour is the same (W007, the rest not analysed), in ten times the time.
     */
    static final int MAX_TEXT_LENGTH = 200_000;
    private static final LocalDate DATE = LocalDate.of(2020, 9, 3);

    private final WhoSaid whosaid = WhoSaid.builder().maxTextLength(MAX_TEXT_LENGTH).build().warmUp();
    private final RecordConverter converter = new RecordConverter(WhoSaid.create(), null);
    private final List<String> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        HostileInputs table = new HostileInputs();
        texts().forEach(c -> table.run(c.name(), () -> table.text(c)));
        records().forEach(r -> table.run(r.name(), () -> table.convert(r)));
        List<String> lines = new ArrayList<>(List.of(
                "| input | size | time | most heap in use | output | codes |", "|---|---|---|---|---|---|"));
        lines.addAll(table.rows);
        Files.write(Path.of(args[0]), lines);
        table.failures.forEach(System.err::println);
        System.exit(table.failures.isEmpty() ? 0 : 1);
    }

    /** How many inputs the table has. */
    static long size() {
        return texts().count() + records().count();
    }

    /** A hostile text, by name, and the warning codes it must raise (at least). */
    record Case(String name, Supplier<String> text, List<String> warnings) {
    }

    /** A hostile batch record, by name, and the error code it must get. */
    record RecordCase(String name, Supplier<InputStream> input, String code) {
    }

    static Stream<Case> texts() {
        return Stream.of(
                new Case("empty text", () -> "", List.of()),
                new Case("white space only, of every kind", () -> " \t\n\r\n\u00A0\u2028\u3000\f ", List.of("W001")),
                new Case("10 MB of words on one line", () -> repeat("He said the court was wrong, and ", 10_000_000),
                        List.of("W007")),
                new Case("10 MB of one letter, no space", () -> "x".repeat(10_000_000), List.of("W007")),
                new Case("100,000 straight quotation marks", () -> "\"".repeat(100_000), List.of("W015")),
                new Case("100,000 marks of every script, with words", () -> marks(100_000), List.of()),
                new Case("unbalanced and nested marks of every script", () -> "« He said „she said ‘they said “no” "
                        + "「yes」’ » and \"unclosed. ” Closing first „ and « then » ‹›「」『』 '' ‘ ’ \" '", List.of()),
                new Case("50,000 nested tags, never closed", () -> "<div>".repeat(50_000) + "“We act,” he said.",
                        List.of()),
                new Case("an unclosed tag 100,000 characters long", () -> "<a href=\"" + "x".repeat(100_000)
                        + " “We act,” he said.", List.of()),
                new Case("NUL bytes and control characters", () -> controls(20_000), List.of("W004")),
                new Case("lone surrogates", () -> "“We \uD800act,” he \uDC00said. \uD83D" + "ab\uDFFF".repeat(1000),
                        List.of()),
                new Case("invalid UTF-8, read as windows-1252", () -> TextInput.decode(new byte[] {
                        (byte) 0x93, 'W', 'e', ' ', 'a', 'c', 't', ',', (byte) 0x94, ' ', 's', 'a', 'i', 'd', ' ',
                        'M', (byte) 0xFC, 'l', 'l', 'e', 'r', '.', (byte) 0xC3, (byte) 0x28}).text(), List.of()),
                new Case("right-to-left and mixed scripts", () -> "قال الوزير: «لن نقبل هذا» . "
                        + "“We will not accept this,” said \u202Eabc\u202C Stef Blok. שלום «עולם» אמר. 他说：「我们拒绝。」",
                        List.of()),
                new Case("homoglyph names", () -> "“We will act,” said Mike Р\u043Empe\u043E. "
                        + "Kayleigh M\u0441Enany said: “No.”", List.of()));
    }

    /**
     * Runs one input; a failure of any kind, out of memory included, is a row that says so. Progress goes
     * to standard output as it happens, so that the log of a run that hangs names the input.
     */
    private void run(String name, Runnable input) {
        System.out.println("running: " + name);
        try {
            input.run();
        } catch (Throwable t) { // the table goes on: one run reports every input that fails
            String message = String.valueOf(t);
            failures.add(name + ": " + (message.length() > 2_000 ? message.substring(0, 2_000) + " …" : message));
            rows.add("| " + name + " | FAILED: " + t.getClass().getSimpleName() + " | | | | |");
        }
        System.out.println(rows.get(rows.size() - 1));
    }

    private void text(Case c) {
        String text = c.text().get();
        long[] heap = new long[1];
        long started = System.nanoTime();
        Analysis a = measure(heap, () -> whosaid.analyze("hostile", text, DATE));
        long ms = (System.nanoTime() - started) / 1_000_000;
        Contract.check(a, text);
        assertThat(a.warnings()).extracting(w -> w.code()).containsAll(c.warnings());
        String json = Json.write(a, false);
        // The output is bounded: the text (escaped) in the text field, in the corrections' originals and
        // replacements and in the quotes, plus a few hundred characters per item, of which the limits keep
        // a bounded number. Before corrections were capped, 100,000 marks gave a 13 MB line.
        int items = a.corrections().size() + a.quotes().size() + a.entities().size() + a.warnings().size();
        assertThat(json.length()).as("output size").isLessThan(4 * Json.write(text, false).length() + 500 * items
                + 10_000);
        row(c.name(), String.format(Locale.ROOT, "%,d characters", text.length()), ms, heap[0],
                String.format(Locale.ROOT, "%,d bytes", json.getBytes(StandardCharsets.UTF_8).length), codes(a));
    }

    static Stream<RecordCase> records() {
        return Stream.of(
                new RecordCase("a JSON Lines record of 100 MB", () -> hugeRecord(100 << 20), "E008"),
                new RecordCase("numbers where strings belong: text", stream("{\"id\": 1.5e300, \"text\": 42}"), "E002"),
                new RecordCase("numbers where strings belong: date",
                        stream("{\"id\": 12, \"text\": \"Hi.\", \"date\": 20200101}"), "E003"),
                new RecordCase("an array where the id belongs", stream("{\"id\": [1], \"text\": \"Hi.\"}"), "E006"));
    }

    private void convert(RecordCase r) {
        List<String> lines = new ArrayList<>();
        long[] heap = new long[1];
        long started = System.nanoTime();
        measure(heap, () -> {
            try (Inputs in = new Inputs(List.of("-"), r.input().get(), RecordFields.DEFAULT,
                    RecordConverter.DEFAULT_MAX_TEXT_CHARS)) {
                for (InputRecord next = in.next(); next != null; next = in.next()) {
                    lines.add(converter.convert(next).json());
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return null;
        });
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(lines).hasSize(1);
        Contract.checkLine(lines.get(0));
        try {
            assertThat(Json.reader().readTree(lines.get(0)).get("error").get("code").asText()).isEqualTo(r.code());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(r.name(), "1 record", ms, heap[0], String.format(Locale.ROOT, "%,d bytes",
                lines.get(0).getBytes(StandardCharsets.UTF_8).length), r.code());
    }

    private void row(String name, String size, long ms, long heap, String output, String codes) {
        rows.add(String.format(Locale.ROOT, "| %s | %s | %,d ms | %,d MB | %s | %s |", name, size, ms, heap >> 20,
                output, codes));
    }

    private static String codes(Analysis a) {
        return String.join(" ", a.warnings().stream().map(w -> w.code()).distinct().toList());
    }

    /**
     * Runs {@code work}, with the most heap in use meanwhile (models and uncollected garbage included) in
     * {@code heap[0]}: sampled every 2 ms, since the pools' own peaks are reached at different moments
     * and their sum overstates it.
     */
    private static <T> T measure(long[] heap, Supplier<T> work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong most = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(2_000_000);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            return work.get();
        } finally {
            done.set(true);
            heap[0] = most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }
    }

    private static String repeat(String s, int length) {
        return s.repeat(length / s.length() + 1).substring(0, length);
    }

    private static String marks(int n) {
        String[] marks = {"“", "”", "„", "«", "»", "「", "」", "‘", "’", "\"", "'", " we ", " said ", "\n\n"};
        Random r = new Random(n);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(marks[r.nextInt(marks.length)]);
        }
        return b.toString();
    }

    private static String controls(int n) {
        Random r = new Random(n);
        StringBuilder b = new StringBuilder("“We act,” he said. ");
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x20) : (char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static Supplier<InputStream> stream(String line) {
        return () -> new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A record of {@code bytes} bytes, made as it is read: the test must not hold it either. */
    private static InputStream hugeRecord(long bytes) {
        InputStream head = new ByteArrayInputStream("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
        InputStream tail = new ByteArrayInputStream("\"}\n".getBytes(StandardCharsets.UTF_8));
        InputStream body = new InputStream() {
            private long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'w' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'w');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(head, new SequenceInputStream(body, tail));
    }
}
