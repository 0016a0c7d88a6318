package dev.whosaid.nlp;

import dev.whosaid.gazetteer.NameSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only door to CoreNLP: runs its pipeline and converts the result into {@link ParsedText}.
 *
 * <p>Loading the models takes many seconds and over a gigabyte, so each distinct configuration is
 * loaded once per JVM and shared. Sharing is safe: {@code StanfordCoreNLP.annotate} keeps per-call state
 * in the {@code Annotation}, and the annotators we use (tokenize … depparse) keep none of their own;
 * CoreNLP's quote annotator, which does, is not used.
 */
public final class CoreNlpParser {
    private static final Map<ParserOptions, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private final ParserOptions options;

    public CoreNlpParser(ParserOptions options) {
        this.options = options;
    }

    /** Loads the models now rather than on first use (they are shared, so this happens once per JVM). */
    public void warmUp() {
        pipeline();
    }

    public ParsedText parse(String text, LocalDate documentDate) {
        return parse(text, documentDate, List.of());
    }

    /**
     * Parses {@code text}; {@code knownNames} are names that repair identified, which the tagger may not
     * know ("O-Gon Kwon"): their tokens get the given type, in place of whatever NER said.
     */
    public ParsedText parse(String text, LocalDate documentDate, List<NameSpan> knownNames) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline().annotate(annotation);
        return convert(text, annotation, knownNames);
    }

    private StanfordCoreNLP pipeline() {
        return PIPELINES.computeIfAbsent(options, o -> new StanfordCoreNLP(properties(o)));
    }

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    static Properties properties(ParserOptions o) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        // The normalizer turns paragraphs and markup debris into blank lines: a sentence never spans them.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained NER (regexner over titles, religions, …) costs time and adds nothing we use yet.
        p.setProperty("ner.applyFineGrained", "false");
        // One CRF model instead of CoreNLP's three (all.3class, muc.7class, conll.4class): CoNLL's four types
        // are the ones attribution uses, SUTime and the numeric classifiers still tag dates and amounts,
        // and on the PolNeAR dev split the two others change no score while costing a fifth of the time.
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("depparse.extradependencies", "NONE");
        // A run-on "sentence" of thousands of tokens (a page with no full stops) would make the tagger
        // and parser crawl; past this length CoreNLP leaves it untagged instead.
        p.setProperty("pos.maxlen", String.valueOf(o.maxSentenceTokens()));
        p.setProperty("ner.maxlen", String.valueOf(o.maxSentenceTokens()));
        p.setProperty("depparse.maxlen", String.valueOf(o.maxSentenceTokens()));
        return p;
    }

    private static ParsedText convert(String text, Annotation annotation, List<NameSpan> knownNames) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        List<CoreMap> sents = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        int offset = 0;
        for (CoreMap s : sents == null ? List.<CoreMap>of() : sents) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int first = offset;
            for (CoreLabel l : labels) {
                tokens.add(new Token(offset++, sentences.size(), l.word(), nonNull(l.lemma(), l.word()),
                        nonNull(l.tag(), ""), nonNull(l.ner(), "O"), l.beginPosition(), l.endPosition()));
            }
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (var root : graph.getRoots()) {
                    deps.add(new Dependency(-1, "root", first + root.index() - 1));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(first + e.getGovernor().index() - 1, e.getRelation().toString(),
                            first + e.getDependent().index() - 1));
                }
            }
            int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
            int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
            sentences.add(new Sentence(sentences.size(), first, offset, start, end));
        }
        List<NamedMention> mentions = mentions(annotation, tokens);
        KnownNames.apply(text, knownNames, tokens, mentions);
        return new ParsedText(text, tokens, sentences, deps, mentions);
    }

    private static List<NamedMention> mentions(Annotation annotation, List<Token> tokens) {
        List<NamedMention> out = new ArrayList<>();
        List<CoreMap> found = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (found == null) {
            return out;
        }
        for (CoreMap m : found) {
            List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            int start = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            int first = indexOf(tokens, start);
            if (first < 0) {
                continue;
            }
            String normalized = null;
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                normalized = timex.value();
            } else {
                normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            }
            out.add(new NamedMention(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), first,
                    first + labels.size(), start, end, annotation.get(CoreAnnotations.TextAnnotation.class)
                    .substring(start, end), normalized));
        }
        return out;
    }

    private static int indexOf(List<Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == start) {
                return mid;
            } else if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static String nonNull(String s, String fallback) {
        return s == null ? fallback : s;
    }
}
