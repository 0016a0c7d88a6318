package dev.whosaid.model;

import java.util.List;

/**
 * A person, organisation, place or other named thing, with every mention of it.
 * {@code name} is the fullest form the document gives.
 */
public record Entity(String id, String name, String type, List<String> titles, List<Mention> mentions) {
    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
