package dev.whosaid.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * CoreNLP's annotators as whosaid runs them: tokenize, ssplit, pos and lemma; NER; entity mentions; the
 * neural dependency parser.
 *
 * <p>NER comes in two passes: the statistical tagger over every sentence, then SUTime and the numeric
 * classifiers over the stretches of text around a word of time ({@link DateTagger}), which cuts the cost
 * of dates by about three quarters. The parser is called directly rather than through its annotator, which
 * turns every parse into five dependency graphs (basic, collapsed, CC-processed, enhanced, enhanced++)
 * when whosaid reads only the basic dependencies: building the other four took a sixth of the parser's
 * time. Every annotator keeps its per-call state in the {@code Annotation}, so one pipeline serves all
 * threads.
 *
 * <p>The annotators load concurrently, each on a thread of its own. Loading is CPU-bound (unpacking and
 * parsing model files), so on two cores this gains little, about half a second; with more cores the load
 * shrinks towards its longest part, the parser's model.
 */
final class Pipeline {
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** Daemon threads: a load still running must not keep the JVM alive. */
    private static final ExecutorService LOADERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "whosaid-model-load");
        t.setDaemon(true);
        return t;
    });

    private final StanfordCoreNLP tagger;
    private final Annotator names;
    private final DateTagger dates;
    private final Annotator entityMentions;
    private final DependencyParser parser;
    private final boolean datesInEverySentence;
    private final int maxSentenceTokens;

    private Pipeline(StanfordCoreNLP tagger, Annotator names, Annotator numbersAndDates,
                     DependencyParser parser, ParserOptions options) {
        this.tagger = tagger;
        this.names = names;
        this.dates = new DateTagger(numbersAndDates);
        this.parser = parser;
        this.entityMentions = entityMentions();
        this.datesInEverySentence = options.datesInEverySentence();
        this.maxSentenceTokens = options.maxSentenceTokens();
    }

    /**
     * A piece of text as CoreNLP annotated it, with each sentence's basic dependencies (empty for a
     * sentence too long to parse).
     */
    record Annotated(Annotation annotation, List<Collection<TypedDependency>> dependencies) {
    }

    /** Starts loading the annotators for {@code options}, each on a loader thread. */
    static CompletableFuture<Pipeline> load(ParserOptions options) {
        // CoreNLP logs through SLF4J; left to initialise on four loader threads at once, SLF4J prints a
        // paragraph about "substitute loggers" on standard error. Once, here, it stays quiet.
        LoggerFactory.getILoggerFactory();
        Properties p = properties(options);
        var tagger = async(() -> new StanfordCoreNLP(p));
        var names = async(() -> ner(p, false));
        var numbersAndDates = async(() -> ner(p, true));
        var parser = async(() -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL,
                PropertiesUtils.extractPrefixedProperties(p, "depparse.")));
        return CompletableFuture.allOf(tagger, names, numbersAndDates, parser).thenApply(v -> new Pipeline(
                tagger.join(), names.join(), numbersAndDates.join(), parser.join(), options));
    }

    private static <T> CompletableFuture<T> async(Supplier<T> load) {
        return CompletableFuture.supplyAsync(load, LOADERS);
    }

    /** Annotates a text (a piece of a document: {@link TextChunks}); {@code documentDate} is ISO or null. */
    Annotated annotate(String text, String documentDate, Deadline deadline) {
        Annotation a = new Annotation(text);
        if (documentDate != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
        }
        tagger.annotate(a);
        deadline.check();
        if (a.get(CoreAnnotations.SentencesAnnotation.class) == null) {
            a.set(CoreAnnotations.SentencesAnnotation.class, List.of()); // a piece that is all white space
        }
        // The statistical tagger's features of a word grow with the square of its length: one "word" of
        // 50,000 letters (a base64 blob, a page of debris with no spaces) takes gigabytes. Sentences
        // holding such a token are hidden from the taggers and the parser; their tokens stay untagged.
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> readable = sentences.stream().filter(Pipeline::hasNoMonsterToken).toList();
        a.set(CoreAnnotations.SentencesAnnotation.class, readable);
        names.annotate(a);
        deadline.check();
        dates.tag(a, datesInEverySentence);
        deadline.check();
        entityMentions.annotate(a);
        a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<Collection<TypedDependency>> dependencies = new ArrayList<>();
        for (CoreMap s : sentences) {
            deadline.check();
            boolean parse = s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens
                    && hasNoMonsterToken(s);
            dependencies.add(parse ? parser.predict(s).typedDependencies() : List.of());
        }
        return new Annotated(a, dependencies);
    }

    /** Longer than any word or link in news; 5,000 letters still tag in a second, 50,000 do not at all. */
    static final int MAX_TOKEN_CHARS = 2_000;

    private static boolean hasNoMonsterToken(CoreMap sentence) {
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            if (t.endPosition() - t.beginPosition() > MAX_TOKEN_CHARS) {
                return false;
            }
        }
        return true;
    }

    static Properties properties(ParserOptions o) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        // The normalizer turns paragraphs and markup debris into blank lines: a sentence never spans them.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained NER (regexner over titles, religions, …) costs time and adds nothing we use yet.
        p.setProperty("ner.applyFineGrained", "false");
        // One CRF model instead of CoreNLP's three (all.3class, muc.7class, conll.4class): CoNLL's four types
        // are the ones attribution uses, SUTime and the numeric classifiers still tag dates and amounts,
        // and on the PolNeAR dev split the two others change no score while costing a fifth of the time.
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.buildEntityMentions", "false"); // built once, after both NER passes
        // (The parser's numPreComputed, 20,000 by default, trades load time for speed: 40,000 made parsing
        // an eighth faster but took the load past ten seconds and added 160 MB of heap.)
        // A run-on "sentence" of thousands of tokens (a page with no full stops) would make the tagger
        // and parser crawl; past this length the tagger leaves it untagged and annotate() does not parse it.
        p.setProperty("pos.maxlen", String.valueOf(o.maxSentenceTokens()));
        p.setProperty("ner.maxlen", String.valueOf(o.maxSentenceTokens()));
        return p;
    }

    /** The statistical tagger alone, or ({@code dates}) the numeric classifiers and SUTime alone. */
    private static Annotator ner(Properties base, boolean dates) {
        Properties p = new Properties();
        p.putAll(base);
        if (dates) {
            p.setProperty("ner.model", "");
        }
        p.setProperty("ner.useSUTime", String.valueOf(dates));
        p.setProperty("ner.applyNumericClassifiers", String.valueOf(dates));
        try {
            return new NERCombinerAnnotator(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER model " + NER_MODEL, e);
        }
    }

    /** As NER builds them: "Stef Blok" one PERSON mention, "September 2" one DATE with its value. */
    private static Annotator entityMentions() {
        Properties p = new Properties();
        p.setProperty("ner.entitymentions.language", "ENGLISH");
        return new EntityMentionsAnnotator("ner.entitymentions", p);
    }
}
