package dev.whosaid.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mentions of one entity while a document is being analysed, in normalized-text coordinates.
 * Mutable, and confined to the thread analysing that document.
 */
final class Cluster {
    final String type;
    /** Add through {@link #add} so that the cached name stays right. */
    final List<MentionRef> mentions = new ArrayList<>();
    final Set<String> titles = new LinkedHashSet<>();
    String id;
    /** The gazetteer entry this entity is, when exactly one fits; null otherwise. */
    dev.whosaid.gazetteer.EntityLinker.Link link;
    private String name;
    private List<String> nameWords;
    private boolean nameKnown;

    Cluster(String type) {
        this.type = type;
    }

    void add(MentionRef m) {
        mentions.add(m);
        nameKnown = false;
    }

    /**
     * The fullest name the document gives: most words, then most capitalised, then earliest. A
     * description ("the Hague-based court") names the entity only when the document gives no name.
     */
    String name() {
        if (!nameKnown) {
            name = fullestName();
            nameWords = name == null ? List.of() : EntityBuilder.words(name);
            nameKnown = true;
        }
        return name;
    }

    /** The canonical name when the entity is linked to the gazetteer, else the fullest name the document gives. */
    String displayName() {
        return link != null ? link.name() : name();
    }

    /** The name's comparison key ({@link EntityBuilder#words}), cached with the name. */
    List<String> nameWords() {
        name();
        return nameWords;
    }

    private String fullestName() {
        boolean named = mentions.stream().anyMatch(m -> m.kind() == MentionKind.NAME);
        return mentions.stream().filter(m -> m.kind() == (named ? MentionKind.NAME : MentionKind.DESCRIPTION))
                .min(Comparator.comparingInt((MentionRef m) -> -m.words())
                        .thenComparingInt(m -> -m.capitalisedWords())
                        .thenComparingInt(MentionRef::start))
                .map(MentionRef::text).orElse(null);
    }

    int firstStart() {
        return mentions.stream().mapToInt(MentionRef::start).min().orElse(Integer.MAX_VALUE);
    }

    /** How a mention refers: by name ("Stef Blok"), by description ("the Dutch foreign minister"), or "he". */
    enum MentionKind { NAME, DESCRIPTION, PRONOUN }

    /** A span of normalized text that refers to a cluster. */
    record MentionRef(int start, int end, String text, int firstToken, int endToken, MentionKind kind) {
        int words() {
            return text.split("\\s+").length;
        }

        int capitalisedWords() {
            int n = 0;
            for (String w : text.split("\\s+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                    n++;
                }
            }
            return n;
        }
    }
}
