package dev.whosaid.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Scorer} measured: the figures of score.py, field for field (JSON names as in its
 * {@code --json} output). Ids are strings; an id that was JSON null is {@code null} (score.py's
 * None), any other non-string id is given as Python's str() of it.
 *
 * @param subset                 which quotes were scored
 * @param goldDocs               gold records read
 * @param systemDocs             system records read (error records and duplicates included)
 * @param missingDocs            gold ids with no system record (scored as empty), in gold order
 * @param errorDocs              gold ids whose system record has an {@code error} field (scored as empty)
 * @param textMismatchDocs       gold ids whose system record has a {@code text} that differs from the gold text
 * @param extraSystemDocs        system ids not in the gold (ignored), sorted
 * @param duplicateSystemIds     system ids seen again (the last record with an id is kept)
 * @param unreadableSystemQuotes system quotes without a usable start/end (skipped)
 * @param lenient                figures with lenient matching (overlap >= 50% of the shorter span)
 * @param strict                 figures with strict matching (overlap >= 80% of the longer span)
 */
public record ScoreReport(
        Subset subset,
        @JsonProperty("gold_docs") int goldDocs,
        @JsonProperty("system_docs") int systemDocs,
        @JsonProperty("missing_docs") List<String> missingDocs,
        @JsonProperty("error_docs") List<ErrorDoc> errorDocs,
        @JsonProperty("text_mismatch_docs") List<String> textMismatchDocs,
        @JsonProperty("extra_system_docs") List<String> extraSystemDocs,
        @JsonProperty("duplicate_system_ids") List<String> duplicateSystemIds,
        @JsonProperty("unreadable_system_quotes") int unreadableSystemQuotes,
        ModeScore lenient,
        ModeScore strict) {

    public ScoreReport {
        Objects.requireNonNull(subset, "subset");
        Objects.requireNonNull(lenient, "lenient");
        Objects.requireNonNull(strict, "strict");
        missingDocs = copy(missingDocs);
        errorDocs = copy(errorDocs);
        textMismatchDocs = copy(textMismatchDocs);
        extraSystemDocs = copy(extraSystemDocs);
        duplicateSystemIds = copy(duplicateSystemIds);
    }

    /** Precision, recall and F1 (0.0 when undefined, as in score.py). */
    public record Prf(double p, double r, double f1) {
    }

    /** The counts behind the figures of one matching mode. */
    public record Counts(
            int sys,
            int gold,
            int matched,
            @JsonProperty("sys_attr") int sysAttr,
            @JsonProperty("gold_attr") int goldAttr,
            @JsonProperty("attr_right") int attrRight) {
    }

    /** Quote recall over the gold quotes of one kind. */
    public record KindRecall(double recall, int gold) {
    }

    /**
     * The figures of one matching mode.
     *
     * @param recallByGoldKind by gold kind ({@code direct}, {@code indirect}, {@code mixed}...), in
     *                         sorted order
     */
    public record ModeScore(
            Prf quote,
            Prf attribution,
            Counts counts,
            @JsonProperty("recall_by_gold_kind") Map<String, KindRecall> recallByGoldKind) {

        public ModeScore {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(attribution, "attribution");
            Objects.requireNonNull(counts, "counts");
            recallByGoldKind = Collections.unmodifiableMap(new LinkedHashMap<>(recallByGoldKind));
        }
    }

    /** A gold document whose system record is an error record; {@code error} is its value, as given. */
    public record ErrorDoc(String id, JsonNode error) {

        public ErrorDoc {
            error = error == null ? NullNode.getInstance() : error.deepCopy();
        }

        /** A copy: JSON nodes are mutable. */
        @Override
        public JsonNode error() {
            return error.deepCopy();
        }
    }

    /**
     * The text table score.py prints without {@code --json}, character for character (no
     * trailing newline).
     *
     * @param goldName   how to name the gold file in the first line
     * @param systemName how to name the system file in the first line
     */
    public String toTable(String goldName, String systemName) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "gold %s (%d docs)  system %s (%d docs)  subset=%s",
                goldName, goldDocs, systemName, systemDocs, subset.label()));
        lines.add(String.format(Locale.ROOT, "%-24s %6s %6s %6s | %6s %6s %6s | %5s %5s %5s | %5s %5s %5s",
                "match", "qP", "qR", "qF1", "aP", "aR", "aF1", "sys", "gold", "match", "sysA", "goldA", "right"));
        lines.add(row("lenient (50% shorter)", lenient));
        lines.add(row("strict (80% longer)", strict));
        List<String> kinds = new ArrayList<>();
        lenient.recallByGoldKind().forEach((kind, v) -> kinds.add(String.format(Locale.ROOT, "%s %s/%s (%d)",
                kind, PyCompat.f3(v.recall()), PyCompat.f3(strict.recallByGoldKind().get(kind).recall()), v.gold())));
        lines.add("quote recall by gold kind, lenient/strict: " + String.join("  ", kinds));
        if (!missingDocs.isEmpty()) {
            lines.add("note: " + missingDocs.size() + " gold docs missing from system output (scored empty)");
        }
        if (!errorDocs.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (ErrorDoc e : errorDocs.subList(0, Math.min(5, errorDocs.size()))) {
                // score.py shows error['code'] when the error is an object, else the error itself
                JsonNode code = e.error.isObject() ? e.error.get("code") : e.error;
                shown.add((e.id == null ? "None" : e.id) + " [" + PyCompat.str(code) + "]");
            }
            lines.add("note: " + errorDocs.size() + " system records with \"error\" (scored empty): "
                    + String.join(", ", shown));
        }
        if (!textMismatchDocs.isEmpty()) {
            lines.add("note: " + textMismatchDocs.size() + " system docs whose text differs from gold");
        }
        if (!extraSystemDocs.isEmpty()) {
            lines.add("note: " + extraSystemDocs.size() + " system docs not in gold (ignored)");
        }
        if (!duplicateSystemIds.isEmpty()) {
            lines.add("note: " + duplicateSystemIds.size() + " duplicate system ids (last kept)");
        }
        if (unreadableSystemQuotes != 0) {
            lines.add("note: " + unreadableSystemQuotes + " system quotes without usable start/end");
        }
        return String.join("\n", lines);
    }

    private static String row(String label, ModeScore m) {
        Counts c = m.counts();
        return String.format(Locale.ROOT, "%-24s %6s %6s %6s | %6s %6s %6s | %5d %5d %5d | %5d %5d %5d",
                label, PyCompat.f3(m.quote().p()), PyCompat.f3(m.quote().r()), PyCompat.f3(m.quote().f1()),
                PyCompat.f3(m.attribution().p()), PyCompat.f3(m.attribution().r()),
                PyCompat.f3(m.attribution().f1()),
                c.sys(), c.gold(), c.matched(), c.sysAttr(), c.goldAttr(), c.attrRight());
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** This report as a JSON tree, keys sorted at every level like score.py's {@code --json}. */
    public ObjectNode toJsonTree() {
        return (ObjectNode) sortKeys(MAPPER.valueToTree(this));
    }

    /** This report as one line of JSON, keys sorted at every level like score.py's {@code --json}. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(toJsonTree());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sortKeys(JsonNode node) {
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(sortKeys(n)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>(node.size());
        node.properties().forEach(e -> names.add(e.getKey()));
        names.sort(PyCompat.CODE_POINT_ORDER);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            out.set(name, sortKeys(node.get(name)));
        }
        return out;
    }

    private static <T> List<T> copy(List<T> list) {
        // not List.copyOf: an id may be null (score.py's None)
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
