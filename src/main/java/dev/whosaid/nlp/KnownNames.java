package dev.whosaid.nlp;

import dev.whosaid.gazetteer.NameSpan;

import java.util.List;

/**
 * Tells the parse about names that repair identified: CoreNLP's NER has never seen "O-Gon Kwon" or
 * "Phakiso Mochochoko" and often tags them O or MISC, which would cost the quote its speaker.
 */
final class KnownNames {
    private KnownNames() {
    }

    /** Sets the NER tag of the names' tokens and replaces the mentions that overlap them. */
    static void apply(String text, List<NameSpan> names, List<Token> tokens, List<NamedMention> mentions) {
        for (NameSpan n : names) {
            int first = -1;
            int end = -1;
            for (Token t : tokens) {
                if (t.start() >= n.start() && t.end() <= n.end()) {
                    first = first < 0 ? t.index() : first;
                    end = t.index() + 1;
                }
            }
            if (first < 0) {
                continue;
            }
            for (int i = first; i < end; i++) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(t.index(), t.sentence(), t.word(), t.lemma(), t.pos(), n.type(), t.start(),
                        t.end()));
            }
            int f = first;
            int e = end;
            mentions.removeIf(m -> m.firstToken() < e && f < m.endToken());
            Token a = tokens.get(first);
            Token b = tokens.get(end - 1);
            NamedMention added = new NamedMention(n.type(), first, end, a.start(), b.end(),
                    text.substring(a.start(), b.end()), null);
            int at = 0;
            while (at < mentions.size() && mentions.get(at).firstToken() < first) {
                at++;
            }
            mentions.add(at, added);
        }
    }
}
