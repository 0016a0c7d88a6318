package dev.whosaid.normalize;

import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bounds the corrections of one document by merging neighbours. A hostile text (100,000 stray quotation
 * marks) would otherwise get one correction per mark, an output a hundred times the size of its input.
 * Dropping corrections would hide changes; merging keeps every change inside a reported span: a merged
 * correction covers its members' original span, and its replacement is what the repaired text holds
 * there, unchanged characters between the members included.
 */
final class CorrectionMerger {
    private CorrectionMerger() {
    }

    /**
     * {@code sorted} (by start, then end) merged into at most {@code max} corrections: neighbours closer
     * than a gap are merged, the gap doubling from zero until few enough remain.
     *
     * @param repaired the final text, whose mapping gives each merged span its replacement
     */
    static List<Correction> merge(List<Correction> sorted, String original, MappedText repaired, int max) {
        if (sorted.size() <= max) {
            return sorted;
        }
        int gap = 0;
        List<List<Correction>> groups = group(sorted, gap);
        while (groups.size() > max) { // ends: at a gap as long as the text, there is one group
            gap = gap == 0 ? 1 : gap * 2;
            groups = group(sorted, gap);
        }
        List<Correction> merged = new ArrayList<>(groups.size());
        int from = 0; // groups are in text order, so one pass over the repaired text finds every slice
        for (List<Correction> g : groups) {
            if (g.size() == 1) {
                merged.add(g.get(0));
                continue;
            }
            int start = g.get(0).start();
            int end = g.stream().mapToInt(Correction::end).max().orElseThrow();
            from = firstAtOrAfter(repaired, from, start);
            int to = endOfSpan(repaired, from, end);
            // the members' kind, or mixed: a merged markup repair must not pass for a change of case
            Map<CorrectionKind, Long> kinds = kindCounts(g);
            merged.add(new Correction(start, end, original.substring(start, end), repaired.text().substring(from, to),
                    kinds.size() == 1 ? kinds.keySet().iterator().next() : CorrectionKind.MIXED,
                    g.stream().mapToDouble(Correction::confidence).min().orElseThrow(), evidence(g.size(), kinds)));
            from = to;
        }
        return merged;
    }

    /**
     * Groups that overlap, touch, or lie at most {@code gap} unchanged characters apart. Groups are
     * always separated by at least one unchanged character, so every character of the repaired text
     * (inserted ones included) belongs to one group or to none.
     */
    private static List<List<Correction>> group(List<Correction> sorted, int gap) {
        List<List<Correction>> groups = new ArrayList<>();
        List<Correction> current = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (Correction c : sorted) {
            if (!current.isEmpty() && c.start() - end > gap) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
            end = current.size() == 1 ? c.end() : Math.max(end, c.end());
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /** The first character of the repaired text, from {@code i} on, that came from at or after {@code start}. */
    private static int firstAtOrAfter(MappedText repaired, int i, int start) {
        while (i < repaired.length() && repaired.originalStart(i) < start) {
            i++;
        }
        return i;
    }

    /**
     * Where the repaired text's slice for a span ending at {@code end} stops: before the first character
     * that came from beyond it. Text inserted at {@code end} belongs to the span, since a correction
     * starting at its end is merged into it.
     */
    private static int endOfSpan(MappedText repaired, int i, int end) {
        while (i < repaired.length() && (repaired.originalStart(i) < end
                || repaired.originalStart(i) == end && repaired.originalEndOfChar(i) == end)) {
            i++;
        }
        return i;
    }

    private static String evidence(int size, Map<CorrectionKind, Long> kinds) {
        String counts = kinds.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey().json()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%,d neighbouring corrections merged (%s), over the limit", size, counts);
    }

    private static Map<CorrectionKind, Long> kindCounts(List<Correction> group) {
        return group.stream().collect(Collectors.groupingBy(Correction::kind, () -> new EnumMap<>(CorrectionKind.class),
                Collectors.counting()));
    }
}
