package dev.whosaid.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The linguistic analysis of one text in whosaid's own types: tokens, sentences, a dependency tree
 * per sentence and named mentions. Immutable; adjacency is indexed once so that attribution can walk
 * the tree cheaply.
 */
public final class ParsedText {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<NamedMention> mentions;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public ParsedText(String text, List<Token> tokens, List<Sentence> sentences, List<Dependency> dependencies,
                      List<NamedMention> mentions) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.mentions = List.copyOf(mentions);
        int n = tokens.size();
        this.head = new int[n];
        this.relation = new String[n];
        Arrays.fill(head, -1);
        Arrays.fill(relation, "root");
        List<List<Integer>> kids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            kids.add(new ArrayList<>(2));
        }
        for (Dependency d : dependencies) {
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                kids.get(d.governor()).add(d.dependent());
            }
        }
        List<List<Integer>> frozen = new ArrayList<>(n);
        for (List<Integer> k : kids) {
            frozen.add(List.copyOf(k));
        }
        this.children = List.copyOf(frozen);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<NamedMention> mentions() {
        return mentions;
    }

    /** The governor of token {@code i}, or -1 for a root. */
    public int head(int i) {
        return head[i];
    }

    /** The relation that attaches token {@code i} to its governor ("nsubj", "ccomp", …; "root"). */
    public String relation(int i) {
        return relation[i];
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first token that starts at or after character {@code offset}, or {@code tokens().size()}. */
    public int tokenAtOrAfter(int offset) {
        return tokenAtOrAfter(tokens, offset);
    }

    /** The first of {@code tokens} (in text order) that starts at or after {@code offset}, or their count. */
    static int tokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
