package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;

/**
 * One record as read from the input, before analysis. {@link #origin()} says where it came from
 * ("news/2020.jsonl line 12") for the messages of error lines.
 */
public sealed interface InputRecord {

    String origin();

    /**
     * A JSON object's text: a line of a JSON Lines file or a whole {@code .json} file. {@code fallbackId}
     * (a {@code .json} file's path) is the id when the object carries none; null for JSON Lines.
     */
    record Json(String json, String origin, String fallbackId) implements InputRecord {
    }

    /** A plain-text article ({@code .txt}): its id comes from its path, its date from the command line. */
    record Text(String id, byte[] bytes, String origin) implements InputRecord {
    }

    /** A record that could not even be read whole (too long, or the file broke off): an error line. */
    record Unreadable(String id, ErrorCode code, String origin, String detail) implements InputRecord {
    }
}
