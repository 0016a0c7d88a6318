package dev.whosaid.batch;

import java.io.Serializable;
import java.util.Set;

/**
 * The names of the input fields that hold a record's id, text and date; every other field is passed
 * through under {@code meta}. Archives name them their own way ("body", "published", "url").
 */
public record RecordFields(String id, String text, String date) implements Serializable {
    public static final RecordFields DEFAULT = new RecordFields("id", "text", "date");

    public RecordFields {
        requireName(id, "id");
        requireName(text, "text");
        requireName(date, "date");
        if (Set.of(id, text, date).size() < 3) {
            throw new IllegalArgumentException("the id, text and date fields must differ, were '" + id + "', '"
                    + text + "', '" + date + "'");
        }
    }

    private static void requireName(String name, String which) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(which + " field name must not be blank");
        }
    }

    boolean isKnown(String field) {
        return field.equals(id) || field.equals(text) || field.equals(date);
    }
}
