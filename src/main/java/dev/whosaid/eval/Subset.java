package dev.whosaid.eval;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which quotes are scored: score.py's {@code --subset all|direct}. */
public enum Subset {
    /** Every quote, whatever its kind. */
    ALL("all"),
    /** Only quotes of kind {@code direct} or {@code mixed}, on both the gold and the system side. */
    DIRECT("direct");

    private final String label;

    Subset(String label) {
        this.label = label;
    }

    /** The name score.py uses: {@code "all"} or {@code "direct"}. */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * Parses {@code "all"} or {@code "direct"} (exactly, like score.py's argparse choices).
     *
     * @throws IllegalArgumentException naming the argument when it is neither
     */
    public static Subset parse(String subset) {
        if (subset != null) {
            for (Subset s : values()) {
                if (s.label.equals(subset)) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException(
                "subset must be \"all\" or \"direct\", got " + (subset == null ? "null" : '"' + subset + '"'));
    }

    @Override
    public String toString() {
        return label;
    }
}
