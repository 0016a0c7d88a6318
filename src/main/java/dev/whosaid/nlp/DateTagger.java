package dev.whosaid.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates, times, numbers and amounts: SUTime and CoreNLP's numeric classifiers, run only on the stretches
 * of a sentence around a word of time ({@link TimeWords}), then merged into the statistical tagger's
 * names.
 *
 * <p>SUTime is the most expensive step after the parser: it tries hundreds of token patterns at every
 * position of a sentence. Only half the tokens of news are in a sentence with a number or a word of time,
 * and only half of those lie within {@link #REACH} tokens of one; the patterns of news dates ("the first
 * week of next month", "Sept. 2, 2020", "two years ago") are shorter than that. Reading only those
 * stretches takes SUTime's share of the analysis from a quarter to a tenth.
 *
 * <p>The merge is CoreNLP's own rule (its {@code NERClassifierCombiner}): a time or amount replaces the
 * statistical tag only where that tag is {@code O} or {@code MISC} ("Christmas").
 */
final class DateTagger {
    /** Tokens read on either side of a word of time. */
    static final int REACH = 6;

    private static final Set<String> REPLACEABLE = Set.of("O", "MISC");

    private final Annotator numbersAndDates;

    /** @param numbersAndDates CoreNLP's NER with no statistical model: numeric classifiers and SUTime */
    DateTagger(Annotator numbersAndDates) {
        this.numbersAndDates = numbersAndDates;
    }

    /**
     * Tags the times and amounts of a document whose tokens already carry the statistical tagger's names;
     * with {@code everySentence}, SUTime reads every sentence whole, as CoreNLP's NER does.
     */
    void tag(Annotation doc, boolean everySentence) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> originals = new ArrayList<>();
        List<CoreLabel> copies = new ArrayList<>();
        List<CoreMap> stretches = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            boolean[] read = everySentence ? all(tokens.size()) : nearTimeWords(tokens);
            for (int from = 0; from < tokens.size(); from++) {
                if (!read[from]) {
                    continue;
                }
                int to = from;
                while (to < tokens.size() && read[to]) {
                    to++;
                }
                stretches.add(stretch(text, tokens.subList(from, to), originals, copies));
                from = to;
            }
        }
        if (stretches.isEmpty()) {
            return;
        }
        // SUTime tags copies, as if each stretch were a sentence, so that its tags for the words it finds
        // nothing in ("O") cannot overwrite the names on the real tokens
        Annotation part = new Annotation(text);
        part.set(CoreAnnotations.TokensAnnotation.class, copies);
        part.set(CoreAnnotations.SentencesAnnotation.class, stretches);
        String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        numbersAndDates.annotate(part);
        for (int i = 0; i < originals.size(); i++) {
            merge(copies.get(i), originals.get(i));
        }
    }

    private static CoreMap stretch(String text, List<CoreLabel> tokens, List<CoreLabel> originals,
                                   List<CoreLabel> copies) {
        List<CoreLabel> copied = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            CoreLabel c = new CoreLabel(t);
            copied.add(c);
            originals.add(t);
            copies.add(c);
        }
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, copied);
        return sentence;
    }

    private static boolean[] nearTimeWords(List<CoreLabel> tokens) {
        boolean[] read = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (TimeWords.isTimeWord(tokens.get(i).word(), tokens.get(i).tag())) {
                for (int j = Math.max(0, i - REACH); j <= Math.min(tokens.size() - 1, i + REACH); j++) {
                    read[j] = true;
                }
            }
        }
        return read;
    }

    private static boolean[] all(int n) {
        boolean[] read = new boolean[n];
        java.util.Arrays.fill(read, true);
        return read;
    }

    private static void merge(CoreLabel dated, CoreLabel token) {
        String found = dated.ner();
        String tag = token.ner();
        if (found != null && !found.equals("O") && (tag == null || REPLACEABLE.contains(tag))) {
            token.setNER(found);
            token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, found);
            String normalized = dated.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (normalized != null) {
                token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
            } else {
                token.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            }
            copy(dated, token, TimeAnnotations.TimexAnnotation.class);
            copy(dated, token, CoreAnnotations.NumericCompositeValueAnnotation.class);
            copy(dated, token, CoreAnnotations.NumericCompositeTypeAnnotation.class);
        }
    }

    private static <T> void copy(CoreLabel from, CoreLabel to, Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<T>> key) {
        T value = from.get(key);
        if (value != null) {
            to.set(key, value);
        }
    }
}
