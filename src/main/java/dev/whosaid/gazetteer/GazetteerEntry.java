package dev.whosaid.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One person, organisation or place the gazetteer knows: its canonical name, the other names it goes
 * by (in any script), the posts it held, and its nationality.
 *
 * @param wikidata the Wikidata item ("Q22686"), or null
 */
public record GazetteerEntry(String id, String type, String name, List<String> aliases, List<Role> roles,
                             List<String> nationality, String wikidata) {
    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        nationality = List.copyOf(nationality);
    }

    public boolean isPerson() {
        return type.equals("PERSON");
    }

    /** The canonical name first, then the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** The roles held on {@code date}; every role when the date is unknown. */
    public List<Role> rolesOn(LocalDate date) {
        return date == null ? roles : roles.stream().filter(r -> r.heldOn(date)).toList();
    }

    /** This entry with another entry's aliases and roles added: how several files describe one id. */
    GazetteerEntry mergedWith(GazetteerEntry other) {
        LinkedHashSet<String> a = new LinkedHashSet<>(aliases);
        a.addAll(other.aliases);
        if (!other.name.equals(name)) {
            a.add(other.name);
        }
        a.remove(name);
        LinkedHashSet<Role> r = new LinkedHashSet<>(roles);
        r.addAll(other.roles);
        LinkedHashSet<String> n = new LinkedHashSet<>(nationality);
        n.addAll(other.nationality);
        return new GazetteerEntry(id, type, name, new ArrayList<>(a), new ArrayList<>(r), new ArrayList<>(n),
                wikidata != null ? wikidata : other.wikidata);
    }
}
