package dev.whosaid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.eval.JsonLines;
import dev.whosaid.model.Json;
import dev.whosaid.nlp.StockCoreNlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents a benchmark runs on: a JSON Lines file of {@code {id, text, date?}} records, or a
 * directory of {@code .txt} files. Both systems get exactly the same documents.
 */
public final class BenchCorpus {
    /** The default corpus, relative to the project directory: the dev split when it is beside the checkout. */
    static final Path DEV_SPLIT = Path.of("..", "shared", "eval", "polnear-dev.jsonl");
    static final Path TESTDATA = Path.of("testdata", "news");

    private BenchCorpus() {
    }

    /** The dev split when present, else the project's {@code testdata/news}. */
    public static Path defaultSource() {
        return Files.isRegularFile(DEV_SPLIT) ? DEV_SPLIT : TESTDATA;
    }

    /** Reads up to {@code limit} documents (0: all) and counts their tokens. */
    static List<BenchDocument> load(Path source, int limit) throws IOException {
        List<BenchDocument> docs = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    docs.add(document(name.substring(0, name.length() - 4), Files.readString(f), null));
                }
            }
        } else {
            for (JsonNode r : JsonLines.read(source)) {
                if (r.hasNonNull("text") && r.get("text").isTextual()) {
                    docs.add(document(r.path("id").asText(), r.get("text").asText(), date(r.path("date").asText(null))));
                }
            }
        }
        return limit > 0 && docs.size() > limit ? List.copyOf(docs.subList(0, limit)) : List.copyOf(docs);
    }

    private static BenchDocument document(String id, String text, LocalDate date) {
        return new BenchDocument(id, text, date, StockCoreNlp.tokens(text));
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Writes the documents as JSON Lines for a worker JVM to read. */
    static void write(List<BenchDocument> docs, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (BenchDocument d : docs) {
                var node = Json.mapper().createObjectNode().put("id", d.id()).put("text", d.text())
                        .put("tokens", d.tokens());
                if (d.date() != null) {
                    node.put("date", d.date().toString());
                }
                out.write(node.toString());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what {@link #write} wrote. */
    static List<BenchDocument> read(Path file) throws IOException {
        List<BenchDocument> docs = new ArrayList<>();
        for (JsonNode r : JsonLines.read(file)) {
            docs.add(new BenchDocument(r.get("id").asText(), r.get("text").asText(), date(r.path("date").asText(null)),
                    r.get("tokens").asInt()));
        }
        return docs;
    }
}
