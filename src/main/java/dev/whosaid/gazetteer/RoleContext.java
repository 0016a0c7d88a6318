package dev.whosaid.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words around a name, read for a post ("the Dutch foreign minister, stef bullock"; "White House
 * press secretary Kelly mcnaney") that a candidate held on the document's date.
 */
final class RoleContext {
    /** How far around the name a title is looked for, in characters, never past a paragraph break. */
    private static final int REACH = 110;
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "to", "in", "on", "at",
            "a", "an", "de", "du", "des");

    private final Set<String> words = new HashSet<>();
    private final Set<String> countries = new HashSet<>();

    RoleContext(String text, int start, int end) {
        int from = Math.max(0, start - REACH);
        int to = Math.min(text.length(), end + REACH);
        int para = text.lastIndexOf("\n\n", start);
        if (para >= from) {
            from = para;
        }
        int next = text.indexOf("\n\n", end);
        if (next >= 0 && next < to) {
            to = next;
        }
        String before = text.substring(from, start);
        String after = text.substring(end, to);
        List<String> ws = new ArrayList<>();
        for (String part : List.of(before, after)) {
            for (String w : part.split("[^\\p{L}\\p{M}.]+")) {
                String f = NameKeys.fold(w);
                if (!f.isEmpty()) {
                    ws.add(f);
                }
            }
        }
        words.addAll(ws);
        for (int i = 0; i < ws.size(); i++) {
            addCountry(ws.get(i));
            if (i + 1 < ws.size()) {
                addCountry(ws.get(i) + " " + ws.get(i + 1));
            }
        }
    }

    private void addCountry(String phrase) {
        String c = Countries.code(phrase);
        if (c != null) {
            countries.add(c);
        }
    }

    /**
     * The role of {@code entry} held on {@code date} (any role when the date is unknown) whose title the
     * words around the name give, or null. A one-word title ("President") counts only with its country.
     */
    Role matching(GazetteerEntry entry, LocalDate date) {
        Role best = null;
        int bestScore = 0;
        for (Role r : entry.rolesOn(date)) {
            List<String> title = titleWords(r.title());
            int present = (int) title.stream().filter(words::contains).count();
            boolean country = !r.country().isEmpty() && countries.contains(r.country());
            boolean match = title.size() >= 2 ? present >= 2 && present * 3 >= title.size() * 2
                    : present == 1 && country;
            int score = present * 2 + (country ? 1 : 0);
            if (match && score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    static List<String> titleWords(String title) {
        List<String> out = new ArrayList<>();
        for (String w : title.split("[^\\p{L}\\p{M}]+")) {
            String f = NameKeys.fold(w);
            if (!f.isEmpty() && !FUNCTION_WORDS.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The words of the context that match the role's title, as they will be quoted in evidence. */
    String describe(Role r) {
        List<String> present = titleWords(r.title()).stream().filter(words::contains).toList();
        return String.join(" ", present);
    }
}
