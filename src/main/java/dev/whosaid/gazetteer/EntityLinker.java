package dev.whosaid.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Gives an entity of the document its gazetteer identity: canonical name ("Pompeo" is Mike Pompeo)
 * and the posts it held on the document's date. Links only when one entry fits, so that a user joining
 * our output to other data joins the right person. Immutable and thread-safe.
 */
public final class EntityLinker {
    /** Posts whose holder is the one a bare surname means when several namesakes hold posts. */
    private static final Set<String> LEADER_TITLES = Set.of("president", "prime minister", "chancellor", "king",
            "queen", "emperor", "supreme leader");

    private final Gazetteer gazetteer;

    public EntityLinker(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** What an entity is linked to: its gazetteer entry, canonical name, and titles on the date. */
    public record Link(String id, String name, List<String> titles, String wikidata) {
        public Link {
            titles = List.copyOf(titles);
        }
    }

    /**
     * The link for an entity the document names {@code name} (its fullest name), of CoreNLP coarse type
     * {@code type}, in a document of {@code date} (or null); null when no single entry fits.
     */
    public Link link(String name, String type, LocalDate date) {
        if (name == null || type == null || name.isBlank()) {
            return null;
        }
        List<GazetteerEntry> fits = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.byName(name)) {
            if (e.type().equals(type)) {
                fits.add(e);
            }
        }
        // a one-word person's name is a bare surname; a one-word organisation ("NATO", "Reuters") is a name
        GazetteerEntry chosen = choose(fits, date, type.equals("PERSON") && NameKeys.words(name).size() == 1);
        if (chosen == null) {
            return null;
        }
        List<String> titles = new ArrayList<>();
        if (date != null) {
            for (Role r : chosen.rolesOn(date)) {
                String t = r.country().isEmpty() || r.title().contains(Countries.name(r.country())) ? r.title()
                        : r.title() + " (" + Countries.name(r.country()) + ")";
                if (!titles.contains(t)) {
                    titles.add(t);
                }
            }
        }
        return new Link(chosen.id(), chosen.name(), titles, chosen.wikidata());
    }

    private static GazetteerEntry choose(List<GazetteerEntry> fits, LocalDate date, boolean bareName) {
        if (fits.isEmpty()) {
            return null;
        }
        if (bareName) {
            // A bare surname ("Kwon", "Bush") is anyone's: link it only to a namesake in office on the date,
            // when no other namesake exists, or when that one led a country then ("Trump" in 2020).
            if (date == null) {
                return null;
            }
            if (fits.size() == 1) {
                return fits.get(0).rolesOn(date).isEmpty() ? null : fits.get(0);
            }
            return leader(fits, date);
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (date == null) {
            return null;
        }
        // Namesakes with a full name ("Mike Rogers"): the one holding a post on the date.
        List<GazetteerEntry> serving = fits.stream().filter(e -> !e.rolesOn(date).isEmpty()).toList();
        return serving.size() == 1 ? serving.get(0) : leader(serving, date);
    }

    private static GazetteerEntry leader(List<GazetteerEntry> fits, LocalDate date) {
        List<GazetteerEntry> leaders = fits.stream().filter(e -> e.rolesOn(date).stream()
                .anyMatch(r -> LEADER_TITLES.contains(r.title().toLowerCase(Locale.ROOT)))).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }
}
