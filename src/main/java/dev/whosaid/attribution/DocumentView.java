package dev.whosaid.attribution;

import dev.whosaid.nlp.ParsedText;
import dev.whosaid.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed document as attribution sees it: tokens, the quotes they fall in, and the entities
 * being built. Confined to one thread for one document.
 */
final class DocumentView {
    final ParsedText parsed;
    final List<QuoteSpan> quotes;
    final List<Cluster> clusters;
    /** The document's date, or null. */
    final java.time.LocalDate date;
    /** For each token, the index of the quote whose marks or content contain it, or -1. */
    private final int[] quoteOf;
    /** For each token, the cluster whose mention contains it, or null. */
    private final Cluster[] clusterOf;
    /** For each token, the named mention (not a pronoun) that contains it, or null. */
    private final Cluster.MentionRef[] mentionOf;

    DocumentView(ParsedText parsed, List<QuoteSpan> quotes, List<Cluster> clusters, java.time.LocalDate date) {
        this.date = date;
        this.parsed = parsed;
        this.quotes = quotes;
        this.clusters = new ArrayList<>(clusters);
        int n = parsed.tokens().size();
        this.quoteOf = new int[n];
        this.clusterOf = new Cluster[n];
        this.mentionOf = new Cluster.MentionRef[n];
        int q = 0;
        for (int i = 0; i < n; i++) {
            Token t = parsed.token(i);
            while (q < quotes.size() && quotes.get(q).close() < t.start()) {
                q++;
            }
            quoteOf[i] = q < quotes.size() && t.start() >= quotes.get(q).open() && t.start() <= quotes.get(q).close()
                    ? q : -1;
        }
        for (Cluster c : clusters) {
            for (Cluster.MentionRef m : c.mentions) {
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    clusterOf[i] = c;
                    mentionOf[i] = m;
                }
            }
        }
    }

    Token token(int i) {
        return parsed.token(i);
    }

    int size() {
        return parsed.tokens().size();
    }

    boolean inQuote(int token) {
        return quoteOf[token] >= 0;
    }

    Cluster clusterAt(int token) {
        return clusterOf[token];
    }

    /** The named mention (from the tagger, or a role found while attributing) that covers this token. */
    Cluster.MentionRef mentionAt(int token) {
        return mentionOf[token];
    }

    /** Registers a new entity found while attributing (a person named only by role, say). */
    void addCluster(Cluster c) {
        clusters.add(c);
        for (Cluster.MentionRef m : c.mentions) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                clusterOf[i] = c;
                mentionOf[i] = m;
            }
        }
    }

    /** Adds a pronoun or role mention to an existing entity. */
    void addMention(Cluster c, Cluster.MentionRef m) {
        for (Cluster.MentionRef known : c.mentions) {
            if (known.start() == m.start() && known.end() == m.end()) {
                return; // the same words resolved again ("“A,” he said, “B”"): one mention
            }
        }
        c.add(m);
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            if (clusterOf[i] == null) {
                clusterOf[i] = c;
            }
        }
    }

    /** Whether the token is the subject of a clause (or in apposition to one). */
    boolean isSubject(int token) {
        String rel = parsed.relation(token);
        if (rel.startsWith("nsubj")) {
            return true;
        }
        return rel.equals("appos") && parsed.head(token) >= 0 && parsed.relation(parsed.head(token)).startsWith("nsubj");
    }

    String text(int first, int end) {
        return parsed.text().substring(token(first).start(), token(end - 1).end());
    }
}
