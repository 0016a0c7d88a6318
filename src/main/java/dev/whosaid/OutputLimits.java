package dev.whosaid;

import dev.whosaid.attribution.Attribution;
import dev.whosaid.model.Entity;
import dev.whosaid.model.Quote;
import dev.whosaid.model.Speaker;
import dev.whosaid.model.Warning;
import dev.whosaid.model.WarningCode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Caps on what one analysis reports, so that a book, a log file or an attack posing as an article gives
 * an output line of bounded size. Over a cap, the first quotes (in text order) are kept; of the
 * entities, first those the kept quotes name, then the earliest mentioned. References to an entity that
 * was dropped are removed from the quotes, so that every reference still resolves.
 */
final class OutputLimits {
    private OutputLimits() {
    }

    static Attribution apply(Attribution a, int maxQuotes, int maxEntities, List<Warning> warnings) {
        List<Quote> quotes = a.quotes();
        if (quotes.size() > maxQuotes) {
            warnings.add(Warning.document(WarningCode.W013, String.format(Locale.ROOT, "%,d of %,d kept",
                    maxQuotes, quotes.size())));
            quotes = quotes.subList(0, maxQuotes);
        }
        List<Entity> entities = a.entities();
        if (entities.size() <= maxEntities) {
            return quotes == a.quotes() ? a : new Attribution(entities, quotes);
        }
        warnings.add(Warning.document(WarningCode.W014, String.format(Locale.ROOT, "%,d of %,d kept",
                maxEntities, entities.size())));
        Set<String> kept = new LinkedHashSet<>();
        for (Quote q : quotes) {
            if (q.speaker() != null && q.speaker().entity() != null) {
                kept.add(q.speaker().entity());
            }
            kept.addAll(q.about());
        }
        for (Entity e : entities) { // in order of first mention
            kept.add(e.id());
        }
        Set<String> keep = new LinkedHashSet<>(new ArrayList<>(kept).subList(0, maxEntities));
        List<Entity> keptEntities = entities.stream().filter(e -> keep.contains(e.id())).toList();
        List<Quote> keptQuotes = quotes.stream().map(q -> withReferencesTo(keep, q)).toList();
        return new Attribution(keptEntities, keptQuotes);
    }

    private static Quote withReferencesTo(Set<String> entities, Quote q) {
        Speaker s = q.speaker();
        if (s != null && s.entity() != null && !entities.contains(s.entity())) {
            s = new Speaker(null, s.name(), s.mention());
        }
        List<String> about = q.about().stream().filter(entities::contains).toList();
        return new Quote(q.id(), q.kind(), q.text(), q.start(), q.end(), s, q.cue(), about, q.when(), q.confidence());
    }
}
