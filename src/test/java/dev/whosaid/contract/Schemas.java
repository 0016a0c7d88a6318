package dev.whosaid.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.whosaid.model.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The output contract's JSON Schema, loaded once from the classpath, and validation against it. */
final class Schemas {
    /** Classpath location of the schema for one output line (analysis or error record). */
    static final String OUTPUT_V1 = "/dev/whosaid/schema/output-v1.schema.json";
    /** The schema's {@code $id}. */
    static final String OUTPUT_V1_ID = "https://whosaid.dev/schema/output-v1.schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema OUTPUT = load();

    private Schemas() {
    }

    /** The output schema, compiled. */
    static JsonSchema output() {
        return OUTPUT;
    }

    /** The output schema's own JSON text, parsed. */
    static JsonNode outputSchemaJson() {
        try (InputStream in = open()) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code line} breaks the output contract; empty when it keeps it. */
    static Set<ValidationMessage> validate(JsonNode line) {
        return OUTPUT.validate(line);
    }

    static Set<ValidationMessage> validate(String json) {
        return validate(parse(json));
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchemaFactory factory() {
        return FACTORY;
    }

    private static JsonSchema load() {
        try (InputStream in = open()) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open() {
        InputStream in = Schemas.class.getResourceAsStream(OUTPUT_V1);
        if (in == null) {
            throw new IllegalStateException("schema not on the classpath: " + OUTPUT_V1);
        }
        return in;
    }
}
