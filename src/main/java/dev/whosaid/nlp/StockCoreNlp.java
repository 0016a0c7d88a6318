package dev.whosaid.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * Stock CoreNLP's quote pipeline as its documentation configures it (tokenize, ssplit, pos, lemma,
 * ner, depparse, statistical coref, quote), for the benchmark to compare against. Not thread-safe:
 * CoreNLP's quote attribution breaks when threads share it, so the benchmark runs it on one thread.
 */
public final class StockCoreNlp {
    private final StanfordCoreNLP pipeline;

    /** Loads the models: this is the load time the benchmark reports. */
    public StockCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates one document and returns how many quotes it found. */
    public int annotate(String text, LocalDate date) {
        Annotation a = new Annotation(text);
        if (date != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.annotate(a);
        List<?> quotes = a.get(CoreAnnotations.QuotationsAnnotation.class);
        return quotes == null ? 0 : quotes.size();
    }

    /** CoreNLP's token count for a text (tokenizer only, as both systems see the same words). */
    public static int tokens(String text) {
        return TokenCounter.INSTANCE.count(text);
    }

    private enum TokenCounter {
        INSTANCE;

        private final StanfordCoreNLP tokenizer;

        TokenCounter() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize");
            p.setProperty("tokenize.language", "en");
            tokenizer = new StanfordCoreNLP(p);
        }

        int count(String text) {
            Annotation a = new Annotation(text);
            tokenizer.annotate(a);
            return a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
    }
}
