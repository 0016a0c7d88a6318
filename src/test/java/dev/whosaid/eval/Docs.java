package dev.whosaid.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds small gold and system records by hand (gold offsets in code points, system offsets in UTF-16). */
final class Docs {

    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Docs() {
    }

    /** A gold record {id, text, quotes}. */
    static ObjectNode gold(String id, String text, ObjectNode... quotes) {
        ObjectNode g = F.objectNode().put("id", id).put("text", text);
        ArrayNode qs = g.putArray("quotes");
        for (ObjectNode q : quotes) {
            qs.add(q);
        }
        return g;
    }

    /** A gold quote; spans are {start, end} pairs in code points; speaker may be null. */
    static ObjectNode goldQuote(String kind, int[][] spans, String speaker, int[]... speakerSpans) {
        ObjectNode q = F.objectNode().put("kind", kind);
        q.set("spans", pairs(spans));
        if (speaker == null) {
            q.putNull("speaker");
        } else {
            q.put("speaker", speaker);
            q.set("speaker_spans", pairs(speakerSpans));
        }
        return q;
    }

    /** A system record {id, text, quotes}. */
    static ObjectNode sys(String id, String text, ObjectNode... quotes) {
        ObjectNode r = F.objectNode().put("id", id);
        if (text != null) {
            r.put("text", text);
        }
        ArrayNode qs = r.putArray("quotes");
        for (ObjectNode q : quotes) {
            qs.add(q);
        }
        return r;
    }

    /** A contract-v1 system quote; kind, name and mention may be null (then absent). */
    static ObjectNode sysQuote(String kind, int start, int end, String name, int[] mention) {
        ObjectNode q = F.objectNode();
        if (kind != null) {
            q.put("kind", kind);
        }
        q.put("start", start).put("end", end);
        if (name != null || mention != null) {
            ObjectNode sp = q.putObject("speaker");
            if (name != null) {
                sp.put("name", name);
            }
            if (mention != null) {
                sp.putObject("mention").put("start", mention[0]).put("end", mention[1]);
            }
        }
        return q;
    }

    static int[][] spans(int... startEnd) {
        int[][] out = new int[startEnd.length / 2][];
        for (int k = 0; k < out.length; k++) {
            out[k] = new int[] {startEnd[2 * k], startEnd[2 * k + 1]};
        }
        return out;
    }

    static int[] span(int start, int end) {
        return new int[] {start, end};
    }

    /** UTF-16 index of the first occurrence of {@code part} in {@code text}. */
    static int u16(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException(part + " not in " + text);
        }
        return i;
    }

    /** Code-point index of the first occurrence of {@code part} in {@code text}. */
    static int cp(String text, String part) {
        return text.codePointCount(0, u16(text, part));
    }

    private static ArrayNode pairs(int[][] spans) {
        ArrayNode a = F.arrayNode();
        for (int[] s : spans) {
            a.addArray().add(s[0]).add(s[1]);
        }
        return a;
    }
}
