package dev.whosaid.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic system outputs (contract v1, Java UTF-16 offsets) made from gold files,
 * for checking the Java scorer against score.py. Everything score.py reads without failing is
 * fair game; what would make score.py stop (an index outside a BMP-only text, a speaker that is a
 * non-empty string...) is avoided, since there is nothing to agree with.
 */
final class SyntheticSystem {

    enum Variant {
        /** Every gold quote with its speaker: near-perfect scores. */
        EXACT,
        /** Small shifts, some drops and spurious quotes, speakers by mention, by name, wrong or absent. */
        NEAR,
        /** Truncations, extensions, merges, duplicates, odd offset encodings, unreadable quotes. */
        ROUGH,
        /** NEAR quotes plus document-level trouble: missing, error, duplicate, extra, mismatched, bad lines. */
        DOCS
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] KINDS = {"direct", "indirect", "mixed"};

    private SyntheticSystem() {
    }

    /** The lines of a system JSON Lines file for the gold records. */
    static List<String> lines(List<JsonNode> gold, Variant variant) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            Random rnd = new Random(variant.ordinal() * 1_000_003L + i * 7919L + 17);
            ObjectNode rec = F.objectNode();
            rec.set("id", g.get("id"));
            rec.put("text", g.get("text").textValue());
            rec.set("quotes", quotes(g, variant, rnd));
            if (variant == Variant.DOCS) {
                docTrouble(out, rec, i, rnd);
            } else {
                out.add(json(rec));
            }
        }
        if (variant == Variant.DOCS) {
            Collections.reverse(out); // order does not matter, except among duplicates (kept in order below)
            out.add("   ");
            out.add("{\"id\": \"broken\", \"quotes\": [");
            out.add("{\"id\": \"extra-1\", \"text\": \"x\", \"quotes\": [{\"start\": 0, \"end\": 1}]}");
            out.add("{\"id\": 42, \"quotes\": []}");
            out.add("{\"id\": 42.0}"); // the same key as 42 in Python
            out.add("{\"quotes\": []}"); // id None
            out.add("{\"id\": null}"); // None again: a duplicate
            out.add("{\"id\": true}");
            out.add("{\"id\": NaN}");
            out.add("{\"id\": NaN}"); // json.loads gives the same NaN object: a duplicate
            out.add("{\"id\": 1e16}");
            out.add("{\"id\": 0.1}");
            out.add("{\"id\": \"z\\ufffd\"}");
            out.add("{\"id\": \"z\\ud83d\\ude00\"}"); // after "z\ufffd" by code point, before it in UTF-16
            out.add("{\"id\": \"\\u00e9t\\u00e9\"}");
            out.add("{\"id\": \"[1, 2]\"}");
        }
        return out;
    }

    private static ArrayNode quotes(JsonNode g, Variant variant, Random rnd) {
        String text = g.get("text").textValue();
        int cpLen = text.codePointCount(0, text.length());
        boolean bmp = cpLen == text.length();
        List<JsonNode> gq = new ArrayList<>();
        g.path("quotes").forEach(gq::add);
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0; k < gq.size(); k++) {
            JsonNode q = gq.get(k);
            int s = u16(text, extent(q, true));
            int e = u16(text, extent(q, false));
            String kind = q.path("kind").asText("direct");
            if (variant == Variant.EXACT) {
                out.add(quote(kind, s, e, speakerOf(text, q)));
                continue;
            }
            double drop = rnd.nextDouble();
            if (drop < 0.15) {
                continue;
            }
            if (variant == Variant.ROUGH) {
                rough(out, text, gq, k, s, e, kind, bmp, rnd);
            } else {
                int start = s + rnd.nextInt(9) - 4;
                int end = e + rnd.nextInt(9) - 4;
                out.add(quote(kind(kind, rnd), clamp(start, text), clamp(end, text), speaker(text, gq, k, rnd)));
            }
            if (rnd.nextDouble() < 0.2) {
                out.add(spurious(text, rnd));
            }
        }
        Collections.shuffle(out, rnd);
        ArrayNode arr = F.arrayNode();
        out.forEach(arr::add);
        return arr;
    }

    private static void rough(List<ObjectNode> out, String text, List<JsonNode> gq, int k, int s, int e, String kind,
                              boolean bmp, Random rnd) {
        int len = text.length();
        double r = rnd.nextDouble();
        int start = s;
        int end = e;
        if (r < 0.15) {
            end = s + (int) ((e - s) * (0.3 + 0.65 * rnd.nextDouble())); // truncated
        } else if (r < 0.25) {
            start = s + (int) ((e - s) * (0.05 + 0.6 * rnd.nextDouble())); // head cut off
        } else if (r < 0.35) {
            start = s - rnd.nextInt(40);
            end = e + rnd.nextInt(40);
        } else if (r < 0.45 && k + 1 < gq.size()) {
            end = u16(text, extent(gq.get(k + 1), false)); // two quotes as one
        } else if (r < 0.50) {
            out.add(quote(kind, clamp(s + 1, text), clamp(e, text), speaker(text, gq, k, rnd))); // a near copy
        } else if (r < 0.55) {
            end = rnd.nextBoolean() ? s : s - 1 - rnd.nextInt(10); // empty or reversed
        } else if (r < 0.62) {
            start = s - 1; // the marks included
            end = e + 1;
        } else if (r < 0.66 && bmp) {
            start = -1 - rnd.nextInt(5); // Python counts from the end
            end = Math.min(len, 1 + rnd.nextInt(30));
        } else if (r < 0.70 && !bmp) {
            start = -rnd.nextInt(10); // clamped by the UTF-16 to code point map
            end = len + rnd.nextInt(20);
        } else {
            start += rnd.nextInt(7) - 3;
            end += rnd.nextInt(7) - 3;
        }
        if (bmp) {
            // Python indexes text[s] and text[e - 1]: stay where that cannot fail
            start = Math.max(start, -len);
            end = Math.min(end, len);
        }
        ObjectNode q = quote(kind(kind, rnd), start, end, oddSpeaker(text, gq, k, rnd));
        double u = rnd.nextDouble();
        if (u < 0.04) {
            switch (rnd.nextInt(6)) {
                case 0 -> q.remove("start");
                case 1 -> q.putNull("end");
                case 2 -> q.put("start", "abc");
                case 3 -> q.putArray("end").add(1);
                case 4 -> q.putObject("start");
                default -> q.put("end", "4.5");
            }
        } else if (u < 0.20) {
            q.set("start", encode(start, rnd));
            q.set("end", encode(end, rnd));
        }
        out.add(q);
    }

    /** The same integer as Python's int() will read it: a string, a float, Unicode digits... */
    private static JsonNode encode(int n, Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return F.textNode(Integer.toString(n));
            case 1:
                return F.textNode(" " + n + "\u00a0");
            case 2:
                return F.numberNode(n + (n >= 0 ? 0.75 : -0.75)); // truncated toward zero
            case 3: {
                String d = Integer.toString(Math.abs(n));
                String u = d.length() > 1 ? d.charAt(0) + "_" + d.substring(1) : d;
                return F.textNode((n < 0 ? "-" : "+") + u);
            }
            case 4: {
                StringBuilder b = new StringBuilder(n < 0 ? "-" : "");
                Integer.toString(Math.abs(n)).chars().forEach(c -> b.append((char) ('\u0660' + c - '0')));
                return F.textNode(b.toString()); // Arabic-Indic digits
            }
            default:
                return F.numberNode((double) n);
        }
    }

    private static String kind(String goldKind, Random rnd) {
        if (rnd.nextDouble() < 0.7) {
            return goldKind;
        }
        return switch (rnd.nextInt(6)) {
            case 0, 1, 2 -> KINDS[rnd.nextInt(3)];
            case 3 -> null; // absent: direct
            case 4 -> "\u0000null"; // marker for JSON null
            default -> "other";
        };
    }

    private static ObjectNode quote(String kind, int start, int end, JsonNode speaker) {
        ObjectNode q = F.objectNode();
        if ("\u0000null".equals(kind)) {
            q.putNull("kind");
        } else if (kind != null) {
            q.put("kind", kind);
        }
        q.put("start", start).put("end", end);
        if (speaker != null) {
            q.set("speaker", speaker);
        }
        return q;
    }

    /** The gold speaker: name and first mention. */
    private static ObjectNode speakerOf(String text, JsonNode q) {
        if (q.path("speaker").isNull() || q.path("speaker").isMissingNode()) {
            return null;
        }
        ObjectNode sp = F.objectNode().put("name", q.get("speaker").textValue());
        JsonNode spans = q.path("speaker_spans");
        if (spans.size() > 0) {
            sp.putObject("mention")
                    .put("start", u16(text, spans.get(0).get(0).intValue()))
                    .put("end", u16(text, spans.get(0).get(1).intValue()));
        }
        return sp;
    }

    private static JsonNode speaker(String text, List<JsonNode> gq, int k, Random rnd) {
        ObjectNode gold = speakerOf(text, gq.get(k));
        double r = rnd.nextDouble();
        if (gold == null || r < 0.08) {
            return r < 0.5 ? null : randomSpeaker(text, rnd);
        }
        String name = gold.get("name").textValue();
        JsonNode mention = gold.get("mention");
        if (r < 0.30) {
            return mention == null ? null : F.objectNode().set("mention", jitter(mention, text, rnd));
        } else if (r < 0.50) {
            return F.objectNode().put("name", name);
        } else if (r < 0.62) {
            return gold;
        } else if (r < 0.72) {
            ObjectNode other = speakerOf(text, gq.get(rnd.nextInt(gq.size()))); // often wrong
            return other == null ? randomSpeaker(text, rnd) : other;
        } else if (r < 0.80) {
            return null;
        } else {
            String[] words = name.split("\\s+");
            String last = words[words.length - 1];
            String clean = gq.get(k).path("speaker_clean").asText(name);
            String variant = switch (rnd.nextInt(5)) {
                case 0 -> last;
                case 1 -> "Mr. " + last;
                case 2 -> name.toUpperCase(java.util.Locale.ROOT);
                case 3 -> clean;
                default -> "the Senator"; // titles and function words only
            };
            return F.objectNode().put("name", variant);
        }
    }

    /** Speakers score.py reads without failing, including the odd ones. */
    private static JsonNode oddSpeaker(String text, List<JsonNode> gq, int k, Random rnd) {
        if (rnd.nextDouble() >= 0.15) {
            return speaker(text, gq, k, rnd);
        }
        return switch (rnd.nextInt(9)) {
            case 0 -> F.textNode(""); // falsy: no speaker
            case 1 -> F.nullNode();
            case 2 -> F.objectNode();
            case 3 -> F.objectNode().putNull("name");
            case 4 -> F.objectNode().put("name", 7); // truthy, not a string: a speaker with no words
            case 5 -> F.objectNode().put("name", false);
            case 6 -> {
                ObjectNode sp = F.objectNode();
                sp.putArray("mention").add(1).add(2); // not an object: ignored
                yield sp;
            }
            case 7 -> {
                ObjectNode sp = F.objectNode().put("name", "");
                sp.putObject("mention").put("start", 3); // no end: ignored
                yield sp;
            }
            default -> {
                ObjectNode sp = F.objectNode();
                sp.putObject("mention").put("start", " 12 ").put("end", 10.5); // int() works; reversed
                yield sp;
            }
        };
    }

    private static JsonNode jitter(JsonNode mention, String text, Random rnd) {
        int s = mention.get("start").intValue();
        int e = mention.get("end").intValue();
        if (rnd.nextBoolean()) {
            s += rnd.nextInt(5) - 2;
            e += rnd.nextInt(5) - 2;
        }
        return F.objectNode().put("start", s).put("end", e);
    }

    private static ObjectNode randomSpeaker(String text, Random rnd) {
        int a = rnd.nextInt(Math.max(1, text.length() - 20));
        int b = Math.min(text.length(), a + 12);
        // whole characters only: a lone surrogate cannot be written as UTF-8
        String word = text.substring(a, b).replaceAll("[\\uD800-\\uDFFF]", "").trim();
        ObjectNode sp = F.objectNode().put("name", word);
        if (rnd.nextBoolean()) {
            sp.putObject("mention").put("start", a).put("end", a + 6);
        }
        return sp;
    }

    private static ObjectNode spurious(String text, Random rnd) {
        int a = rnd.nextInt(Math.max(1, text.length()));
        int b = Math.min(text.length(), a + 5 + rnd.nextInt(120));
        return quote(rnd.nextInt(4) == 0 ? null : KINDS[rnd.nextInt(3)], a, b,
                rnd.nextBoolean() ? randomSpeaker(text, rnd) : null);
    }

    private static void docTrouble(List<String> out, ObjectNode rec, int i, Random rnd) {
        String id = rec.get("id").asText();
        if (i % 9 == 4) {
            return; // missing
        }
        if (i % 11 == 3) {
            ObjectNode err = F.objectNode().put("id", id);
            switch ((i / 11) % 6) {
                // score.py's table shows the first five: error['code'] of an object, else the value
                case 0 -> err.putObject("error").put("code", "E-TIMEOUT").put("message", "took too long");
                case 1 -> err.put("error", "plain 'string' error");
                case 2 -> err.putArray("error").add(1).add("a'b").add(2.5).addNull().add(true);
                case 3 -> err.putObject("error").put("message", "no code");
                case 4 -> err.putObject("error").put("code", 7);
                default -> err.putNull("error");
            }
            err.set("quotes", rec.get("quotes")); // ignored: the error wins
            out.add(json(err));
            return;
        }
        if (i % 5 == 2) {
            rec.put("text", rec.get("text").textValue() + " "); // mismatch; offsets still fine
        } else if (i % 19 == 7) {
            rec.putNull("text");
        } else if (i % 23 == 10) {
            rec.remove("text");
        }
        if (i % 29 == 12) {
            rec.putNull("quotes");
        } else if (i % 31 == 14) {
            rec.putObject("quotes"); // {} is falsy: no quotes
        }
        ObjectNode empty = F.objectNode().put("id", id);
        empty.putArray("quotes");
        if (i % 13 == 5) {
            // reversed later with the rest, so written here in reverse: the full record ends up last
            out.add(json(rec));
            out.add(json(empty));
        } else if (i % 17 == 8) {
            out.add(json(empty));
            out.add(json(rec));
        } else {
            out.add(json(rec));
        }
    }

    // ------------------------------------------------------------------ offsets

    /** Overall extent of a gold quote in code points: start/end if given, else from the spans. */
    private static int extent(JsonNode q, boolean start) {
        if (q.has(start ? "start" : "end")) {
            return q.get(start ? "start" : "end").intValue();
        }
        JsonNode spans = q.get("spans");
        return start ? spans.get(0).get(0).intValue() : spans.get(spans.size() - 1).get(1).intValue();
    }

    /** UTF-16 index of a code-point offset. */
    static int u16(String text, int cp) {
        int n = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(cp, n)));
    }

    private static int clamp(int x, String text) {
        return Math.max(0, Math.min(x, text.length()));
    }

    private static String json(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
