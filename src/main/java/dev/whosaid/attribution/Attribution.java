package dev.whosaid.attribution;

import dev.whosaid.model.Entity;
import dev.whosaid.model.Quote;

import java.util.List;

/** What attribution found in one document, in the output model's terms (original offsets). */
public record Attribution(List<Entity> entities, List<Quote> quotes) {
    public Attribution {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
