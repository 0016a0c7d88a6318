package dev.whosaid.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A person, organisation, place or other named thing, with every mention of it. {@code name} is the
 * gazetteer's canonical name when the entity is linked to it ({@code gazetteerId}), else the fullest
 * form the document gives; {@code titles} are the posts the document gives it and, when linked, those
 * it held on the document's date.
 *
 * @param gazetteerId the id of the gazetteer entry it is linked to, or null: a key to join on
 * @param wikidata    that entry's Wikidata item ("Q22686"), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, String name, String type, String gazetteerId, String wikidata, List<String> titles,
                     List<Mention> mentions) {
    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }

    /** An entity not linked to the gazetteer. */
    public Entity(String id, String name, String type, List<String> titles, List<Mention> mentions) {
        this(id, name, type, null, null, titles, mentions);
    }
}
