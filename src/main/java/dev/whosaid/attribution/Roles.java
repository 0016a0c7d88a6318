package dev.whosaid.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Common nouns that denote a person by role ("the foreign minister", "a spokeswoman"), from
 * {@code models/person-roles.txt}: a speaker named only by such a noun is a person for pronoun
 * resolution, and a lower-case name in apposition to one ("the Dutch foreign minister, stef bullock,")
 * is a person's name even when the tagger missed it.
 */
final class Roles {
    private static final String RESOURCE = "/dev/whosaid/models/person-roles.txt";
    private static final Set<String> PERSON_NOUNS = load();

    private Roles() {
    }

    static boolean isPersonNoun(String lemma) {
        return PERSON_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = Roles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("role list missing from the class path: " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
