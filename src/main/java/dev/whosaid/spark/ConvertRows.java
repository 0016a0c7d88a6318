package dev.whosaid.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.whosaid.batch.InputRecord;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.model.Json;
import org.apache.spark.api.java.function.MapPartitionsFunction;

import java.io.IOException;
import java.util.Iterator;

/**
 * Converts the rows of a Parquet input, given as Spark's JSON of each row with the file it came from
 * under {@link #ORIGIN}: each row is a record like a line of JSON Lines ({@code id}, {@code text},
 * {@code date}, every other column passed through under {@code meta}).
 */
final class ConvertRows implements MapPartitionsFunction<String, String> {
    /** The column that carries each row's file, for the messages of error lines; removed before conversion. */
    static final String ORIGIN = "__whosaid_file";

    private final PipelineSettings settings;
    private final ConversionCounters counters;

    ConvertRows(PipelineSettings settings, ConversionCounters counters) {
        this.settings = settings;
        this.counters = counters;
    }

    @Override
    public Iterator<String> call(Iterator<String> rows) {
        RecordConverter converter = ExecutorPipelines.get(settings, () -> counters.pipelines().add(1));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                return counters.count(converter.convert(record(rows.next())));
            }
        };
    }

    /** A row's JSON (Spark's, always an object) as a record, named by its file. */
    private static InputRecord record(String json) {
        try {
            JsonNode n = Json.reader().readTree(json);
            if (n instanceof ObjectNode o && o.has(ORIGIN)) {
                String file = o.remove(ORIGIN).asText();
                return new InputRecord.Json(Json.mapper().writeValueAsString(o), file, null);
            }
        } catch (IOException e) {
            // not possible for Spark's own JSON; the converter reports it as E001 below
        }
        return new InputRecord.Json(json, "a Parquet row", null);
    }
}
