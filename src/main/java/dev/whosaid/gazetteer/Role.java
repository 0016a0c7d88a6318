package dev.whosaid.gazetteer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A post someone held: "Foreign Minister" of {@code NL} from 2018-03-07 to 2021-09-17.
 *
 * @param title   as English news writes it
 * @param country ISO 3166-1 alpha-2 code, or empty for a post of an international organisation
 * @param start   null when unknown
 * @param end     null while the post is held (or when unknown)
 */
public record Role(String title, String country, PartialDate start, PartialDate end) {
    public Role {
        Objects.requireNonNull(title, "title");
        country = country == null ? "" : country;
    }

    /**
     * Whether the post may have been held on {@code date}: partial dates are read generously, so a
     * role that ended "in 2021" still counts on 2021-12-01. A role with no start is taken to be held.
     */
    public boolean heldOn(LocalDate date) {
        return (start == null || !date.isBefore(start.earliest())) && (end == null || !date.isAfter(end.latest()));
    }
}
