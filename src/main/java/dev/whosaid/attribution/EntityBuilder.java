package dev.whosaid.attribution;

import dev.whosaid.nlp.NamedMention;
import dev.whosaid.nlp.ParsedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Groups the tagger's named mentions into entities: "Quan" joins "Quan Wukun", "ICC" joins
 * "International Criminal Court", "US" joins "United States", "trump" joins "Trump". Longer mentions are
 * placed first, so a short form attaches to the full name whichever comes first in the text; a short
 * form that fits several people goes to the one mentioned most recently before it.
 */
final class EntityBuilder {
    static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final Set<String> DROP_WORDS = Set.of("the", "'s", "’s", "of", "and", "for", "&");

    private EntityBuilder() {
    }

    static List<Cluster> build(ParsedText parsed) {
        List<NamedMention> named = new ArrayList<>();
        for (NamedMention m : parsed.mentions()) {
            if (ENTITY_TYPES.contains(m.type()) && isName(parsed, m)) {
                named.add(m);
            }
        }
        List<NamedMention> longestFirst = new ArrayList<>(named);
        longestFirst.sort(Comparator.comparingInt((NamedMention m) -> -(m.endToken() - m.firstToken()))
                .thenComparingInt(NamedMention::start));
        List<Cluster> clusters = new ArrayList<>();
        Map<Cluster, Set<List<String>>> forms = new HashMap<>();
        for (NamedMention m : longestFirst) {
            List<String> words = words(m.text());
            Cluster c = words.isEmpty() ? null : find(clusters, forms, m, words);
            if (c == null) {
                c = new Cluster(m.type());
                clusters.add(c);
            }
            c.add(new Cluster.MentionRef(m.start(), m.end(), m.text(), m.firstToken(), m.endToken(),
                    Cluster.MentionKind.NAME));
            forms.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(words);
        }
        for (Cluster c : clusters) {
            c.mentions.sort(Comparator.comparingInt(Cluster.MentionRef::start));
        }
        clusters.sort(Comparator.comparingInt(Cluster::firstStart));
        return clusters;
    }

    /** A real name: not a pronoun the tagger marked, not markup debris. */
    private static boolean isName(ParsedText parsed, NamedMention m) {
        boolean anyNonPronoun = false;
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            String pos = parsed.token(i).pos();
            if (!pos.startsWith("PRP") && !pos.equals("WP")) {
                anyNonPronoun = true;
            }
        }
        return anyNonPronoun && m.text().codePoints().anyMatch(Character::isLetter)
                && m.text().indexOf('<') < 0 && m.text().indexOf('>') < 0;
    }

    /** The entity this mention joins, or null; {@code forms} holds each entity's distinct word lists. */
    private static Cluster find(List<Cluster> clusters, Map<Cluster, Set<List<String>>> forms, NamedMention m,
                                List<String> words) {
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (!compatibleTypes(c.type, m.type()) || !matches(forms.get(c), m.type(), words)) {
                continue;
            }
            // Prefer the entity mentioned most recently before this mention; else the earliest-built.
            int distance = Integer.MAX_VALUE - 1;
            for (Cluster.MentionRef r : c.mentions) {
                if (r.start() < m.start()) {
                    distance = Math.min(distance, m.start() - r.start());
                }
            }
            if (best == null || distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean compatibleTypes(String a, String b) {
        return a.equals(b) || (isPlace(a) && isPlace(b));
    }

    private static boolean isPlace(String type) {
        return type.equals("LOCATION") || type.equals("ORGANIZATION");
    }

    private static boolean matches(Set<List<String>> forms, String type, List<String> words) {
        if (forms.contains(words)) {
            return true;
        }
        for (List<String> other : forms) {
            if (isAcronymOf(words, other) || isAcronymOf(other, words)
                    || (type.equals("PERSON") && other.containsAll(words))) {
                return true;
            }
        }
        return false;
    }

    /** "ICC" / "I.C.C." for "International Criminal Court"; "US" for "United States". */
    private static boolean isAcronymOf(List<String> shortForm, List<String> longForm) {
        if (shortForm.size() != 1 || longForm.size() < 2) {
            return false;
        }
        String acronym = shortForm.get(0).replace(".", "");
        if (acronym.length() != longForm.size()) {
            return false;
        }
        for (int i = 0; i < longForm.size(); i++) {
            if (longForm.get(i).charAt(0) != acronym.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased words without function words and punctuation: the key two mentions are compared on. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s\\u00A0]+")) {
            String clean = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
            if (!clean.isEmpty() && !DROP_WORDS.contains(clean)) {
                out.add(clean);
            }
        }
        return out;
    }
}
