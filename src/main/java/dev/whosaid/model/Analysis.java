package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything whosaid found in one document: output contract v1. Immutable, so it can be handed
 * between threads freely. {@code meta} carries the batch input's other fields back untouched.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "id", "date", "text", "corrections", "entities", "quotes", "warnings", "meta"})
public record Analysis(String schemaVersion, String id, LocalDate date, String text, List<Correction> corrections,
                       List<Entity> entities, List<Quote> quotes, List<Warning> warnings, JsonNode meta) {

    /** The version of the output contract this record follows. */
    public static final String SCHEMA_VERSION = "1.0";

    public Analysis {
        corrections = List.copyOf(corrections);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
        meta = meta == null ? null : meta.deepCopy();
    }

    @Override
    public JsonNode meta() {
        return meta == null ? null : meta.deepCopy();
    }

    /** The same analysis with the batch input's other fields attached. */
    public Analysis withMeta(JsonNode newMeta) {
        return new Analysis(schemaVersion, id, date, text, corrections, entities, quotes, warnings, newMeta);
    }

    /** The same analysis with {@code extra} warnings placed before its own (problems met before analysis). */
    public Analysis withWarnings(List<Warning> extra) {
        List<Warning> all = new java.util.ArrayList<>(extra);
        all.addAll(warnings);
        return new Analysis(schemaVersion, id, date, text, corrections, entities, quotes, all, meta);
    }

    /** The entity with this id ("e1"), if there is one. */
    public Optional<Entity> entity(String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).findFirst();
    }

    /** Compact JSON, one line: the form for JSON Lines. */
    public String toJson() {
        return Json.write(this, false);
    }

    /** Indented JSON, for people. */
    @JsonIgnore
    public String toPrettyJson() {
        return Json.write(this, true);
    }
}
