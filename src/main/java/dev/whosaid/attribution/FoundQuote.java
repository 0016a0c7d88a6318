package dev.whosaid.attribution;

import dev.whosaid.model.QuoteKind;

import dev.whosaid.model.When;

import java.util.List;

/**
 * An attributed quote in normalized-text coordinates, before it is mapped back to the original. A quote
 * interrupted by its own speech tag ("“A,” she said. “B”") is one quote of several fragments.
 *
 * @param cueToken the token of the cue word, or -1
 * @param speaker  who said it, or null
 * @param when     the date expression governing the statement, or null
 * @param kind     direct (inside quotation marks) or indirect (reported speech); an indirect quote's one
 *                 fragment is its content span, held as a {@link QuoteSpan} whose marks are notional
 */
record FoundQuote(List<QuoteSpan> fragments, int cueToken, SpeakerRef speaker, DateRef when, List<Cluster> about,
                  double confidence, QuoteKind kind) {

    FoundQuote(List<QuoteSpan> fragments, int cueToken, SpeakerRef speaker, DateRef when, List<Cluster> about,
               double confidence) {
        this(fragments, cueToken, speaker, when, about, confidence, QuoteKind.DIRECT);
    }

    FoundQuote {
        fragments = List.copyOf(fragments);
        about = List.copyOf(about);
    }

    QuoteSpan first() {
        return fragments.get(0);
    }

    QuoteSpan last() {
        return fragments.get(fragments.size() - 1);
    }

    /**
     * The words introducing the speaker ({@code start}/{@code end}: "he", "who", "the minister, Stef
     * Blok,"), the entity they refer to (null when the document names none), and the words that name
     * the speaker when no entity does ({@code nameStart}/{@code nameEnd}: the antecedent of "who" in "an
     * architect who said", else the introducing words themselves).
     */
    record SpeakerRef(int start, int end, Cluster cluster, int nameStart, int nameEnd) {
        SpeakerRef(int start, int end, Cluster cluster) {
            this(start, end, cluster, start, end);
        }
    }

    /** A date expression: SUTime's value, the words it was read from, and how it governs the statement. */
    record DateRef(String value, int start, int end, When.Basis basis) {
    }
}
