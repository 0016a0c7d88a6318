package dev.whosaid.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Correction;
import dev.whosaid.model.Entity;
import dev.whosaid.model.Mention;
import dev.whosaid.model.Quote;
import dev.whosaid.model.Warning;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static dev.whosaid.normalize.HostileText.escape;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output contract, checked on one analysis: what every hostile-input test and every fuzz target
 * asserts, whatever the input was.
 */
public final class Contract {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private Contract() {
    }

    /**
     * The original with every correction applied. Corrections merged over the limit (W015) never
     * overlap, so this is well defined for them, and it equals the repaired text exactly when every
     * change lies inside a reported span. (Below the limit, corrections of successive repair steps may
     * overlap, and this fails.)
     */
    public static String applied(String original, List<Correction> corrections) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Correction c : corrections) {
            assertThat(c.start()).as("corrections overlap at %s", c).isGreaterThanOrEqualTo(at);
            b.append(original, at, c.start()).append(c.replacement());
            at = c.end();
        }
        return b.append(original, at, original.length()).toString();
    }

    /** Every span slices the original text, references resolve, and the JSON parses and agrees. */
    public static void check(Analysis a, String original) {
        Supplier<String> where = () -> "in the analysis of " + abbreviate(original);
        assertThat(a.text()).as("text is the input, unchanged").isEqualTo(original);
        int len = original.length();

        for (Correction c : a.corrections()) {
            assertThat(c.start()).as("%s %s", c, where.get()).isBetween(0, len);
            assertThat(c.end()).as("%s %s", c, where.get()).isBetween(c.start(), len);
            assertThat(c.original()).as("%s %s", c, where.get()).isEqualTo(original.substring(c.start(), c.end()));
        }
        Set<String> ids = a.entities().stream().map(Entity::id).collect(Collectors.toSet());
        assertThat(ids).as("entity ids unique").hasSize(a.entities().size());
        for (Entity e : a.entities()) {
            assertThat(e.id()).isNotBlank();
            assertThat(e.name()).isNotNull().isNotEqualTo("Unknown");
            e.mentions().forEach(m -> checkMention(m, original, where));
        }
        for (Quote q : a.quotes()) {
            assertThat(q.start()).as("%s %s", q, where.get()).isBetween(0, len);
            assertThat(q.end()).as("%s %s", q, where.get()).isBetween(q.start(), len);
            assertThat(q.confidence()).isBetween(0.0, 1.0);
            assertThat(q.text()).isNotNull();
            if (q.speaker() != null) {
                if (q.speaker().mention() != null) {
                    checkMention(q.speaker().mention(), original, where);
                }
                if (q.speaker().entity() != null) {
                    assertThat(ids).as("speaker of %s", q.id()).contains(q.speaker().entity());
                }
                assertThat(q.speaker().name()).isNotEqualTo("Unknown");
            }
            if (q.cue() != null) {
                checkMention(q.cue(), original, where);
            }
            if (q.when() != null && q.when().text() != null) {
                assertThat(q.when().start()).isBetween(0, len);
                assertThat(q.when().end()).isBetween(q.when().start(), len);
                assertThat(q.when().text()).isEqualTo(original.substring(q.when().start(), q.when().end()));
            }
            assertThat(ids).as("about of %s", q.id()).containsAll(q.about());
        }
        for (Warning w : a.warnings()) {
            assertThat(w.code()).matches("W\\d{3}");
            assertThat(w.message()).isNotBlank();
            assertThat(w.start() == null).as("%s: start and end together", w).isEqualTo(w.end() == null);
            if (w.start() != null) {
                assertThat(w.start()).as("%s %s", w, where.get()).isBetween(0, len);
                assertThat(w.end()).as("%s %s", w, where.get()).isBetween(w.start(), len);
            }
        }
        assertThat(a.warnings().size()).as("warnings are capped").isLessThanOrEqualTo(205);

        JsonNode json;
        try {
            json = JACKSON.readTree(a.toJson());
        } catch (Exception e) {
            throw new AssertionError("JSON does not parse " + where.get() + ": " + e, e);
        }
        assertThat(json.isObject()).isTrue();
        assertThat(json.get("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(json.get("text").asText()).as("JSON text").isEqualTo(original);
        assertThat(json.get("quotes").size()).isEqualTo(a.quotes().size());
        assertThat(json.get("entities").size()).isEqualTo(a.entities().size());
        assertThat(json.get("corrections").size()).isEqualTo(a.corrections().size());
        assertThat(json.get("warnings").size()).isEqualTo(a.warnings().size());
        for (JsonNode q : json.get("quotes")) {
            assertThat(q.get("start").isInt()).isTrue();
            assertThat(q.get("confidence").isNumber()).as("confidence is a number").isTrue();
            assertThat(q.has("speaker") && q.get("speaker").isNull()).as("absent, not null").isFalse();
        }
        assertThat(a.toJson()).doesNotContain("\"Unknown\"");
        assertThat(Schemas.validate(a.toJson())).as("the JSON Schema " + where.get()).isEmpty();
    }

    private static void checkMention(Mention m, String original, Supplier<String> where) {
        assertThat(m.start()).as("%s %s", m, where.get()).isBetween(0, original.length());
        assertThat(m.end()).as("%s %s", m, where.get()).isBetween(m.start(), original.length());
        assertThat(m.text()).as("%s %s", m, where.get()).isEqualTo(original.substring(m.start(), m.end()));
    }

    /** One line of batch output, analysis or error record, keeps the JSON Schema. */
    public static void checkLine(String json) {
        assertThat(Schemas.validate(json)).as(json.length() > 300 ? json.substring(0, 300) + "…" : json).isEmpty();
    }

    private static String abbreviate(String s) {
        return escape(s.length() <= 80 ? s : s.substring(0, 80) + "…");
    }
}
