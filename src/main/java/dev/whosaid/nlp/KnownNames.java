package dev.whosaid.nlp;

import dev.whosaid.gazetteer.NameSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tells the parse about names that repair identified: CoreNLP's NER has never seen "O-Gon Kwon" or
 * "Phakiso Mochochoko" and often tags them O or MISC, which would cost the quote its speaker.
 */
final class KnownNames {
    private KnownNames() {
    }

    /**
     * Sets the NER tag of the names' tokens and replaces the mentions that overlap them. Linear in
     * tokens and mentions (a document may carry thousands of repaired names).
     */
    static void apply(String text, List<NameSpan> names, List<Token> tokens, List<NamedMention> mentions) {
        if (names.isEmpty() || tokens.isEmpty()) {
            return;
        }
        boolean[] named = new boolean[tokens.size()];
        List<NamedMention> added = new ArrayList<>();
        for (NameSpan n : names) {
            int first = ParsedText.tokenAtOrAfter(tokens, n.start());
            int end = first;
            while (end < tokens.size() && tokens.get(end).end() <= n.end()) {
                end++;
            }
            if (end == first) {
                continue;
            }
            for (int i = first; i < end; i++) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(t.index(), t.sentence(), t.word(), t.lemma(), t.pos(), n.type(), t.start(),
                        t.end()));
                named[i] = true;
            }
            Token a = tokens.get(first);
            Token b = tokens.get(end - 1);
            added.add(new NamedMention(n.type(), first, end, a.start(), b.end(), text.substring(a.start(), b.end()),
                    null));
        }
        mentions.removeIf(m -> overlaps(named, m));
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(NamedMention::firstToken));
    }

    private static boolean overlaps(boolean[] named, NamedMention m) {
        for (int i = m.firstToken(); i < m.endToken() && i < named.length; i++) {
            if (named[i]) {
                return true;
            }
        }
        return false;
    }
}
