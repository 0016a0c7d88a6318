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
        // never past a paragraph break; searched only inside the window, so the cost stays bounded
        for (int i = start - 1; i > from; i--) {
            if (text.charAt(i) == '\n' && text.charAt(i - 1) == '\n') {
                from = i;
                break;
            }
        }
        for (int i = end; i + 1 < to; i++) {
            if (text.charAt(i) == '\n' && text.charAt(i + 1) == '\n') {
                to = i;
                break;
            }
        }
        List<String> raw = new ArrayList<>();
        for (String part : List.of(text.substring(from, start), text.substring(end, to))) {
            for (String w : part.split("[^\\p{L}\\p{M}.]+")) {
                String trimmed = w.endsWith(".") && !w.matches("(?:\\p{L}\\.)+") ? w.substring(0, w.length() - 1) : w;
                if (!trimmed.isEmpty()) {
                    raw.add(trimmed);
                    words.add(NameKeys.fold(trimmed));
                }
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            addCountry(raw.get(i));
            if (i + 1 < raw.size()) {
                addCountry(raw.get(i) + " " + raw.get(i + 1));
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
