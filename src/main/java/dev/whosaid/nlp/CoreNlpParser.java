package dev.whosaid.nlp;

import dev.whosaid.gazetteer.NameSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only door to CoreNLP: runs its annotators ({@link Pipeline}) and converts the result into
 * {@link ParsedText}.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so each distinct configuration is
 * loaded once per JVM and shared. Sharing is safe: the annotators keep per-call state in the
 * {@code Annotation}; CoreNLP's quote annotator, which does not, is not used.
 *
 * <p>A long text is annotated a piece at a time ({@link TextChunks}), so that CoreNLP's memory stays
 * bounded whatever the length; the pieces are joined again in whosaid's own compact types.
 */
public final class CoreNlpParser {
    private static final Map<ParserOptions, CompletableFuture<Pipeline>> PIPELINES = new ConcurrentHashMap<>();

    /** Characters CoreNLP annotates at once: a long article's worth; longer texts go in pieces. */
    static final int CHUNK_CHARS = 50_000;

    private final ParserOptions options;

    public CoreNlpParser(ParserOptions options) {
        this.options = options;
    }

    /**
     * Starts loading the models in the background and returns at once; {@link #warmUp()} or the first
     * parse waits for them. Loading is shared, so this happens once per JVM and options.
     */
    public void startLoading() {
        PIPELINES.computeIfAbsent(options, Pipeline::load);
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
        return parse(text, documentDate, knownNames, Deadline.NONE);
    }

    /** As {@link #parse(String, LocalDate, List)}, giving up with {@link Deadline.Exceeded} at {@code deadline}. */
    public ParsedText parse(String text, LocalDate documentDate, List<NameSpan> knownNames, Deadline deadline) {
        Pipeline pipeline = pipeline();
        String date = documentDate == null ? null : documentDate.toString();
        Converted out = new Converted(text);
        for (TextChunks.Chunk c : TextChunks.split(text, CHUNK_CHARS)) {
            try {
                out.add(pipeline.annotate(text.substring(c.start(), c.end()), date, deadline), c.start());
            } catch (RuntimeInterruptedException e) {
                // SUTime and TokensRegex check for interrupts themselves; to the caller it is the same stop
                throw new Deadline.Exceeded("interrupted");
            }
        }
        KnownNames.apply(text, knownNames, out.tokens, out.mentions);
        return new ParsedText(text, out.tokens, out.sentences, out.deps, out.mentions);
    }

    private Pipeline pipeline() {
        try {
            return PIPELINES.computeIfAbsent(options, Pipeline::load).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** A document's annotation converted piece by piece, offsets shifted to the whole text's. */
    private static final class Converted {
        final String text;
        final List<Token> tokens = new ArrayList<>();
        final List<Sentence> sentences = new ArrayList<>();
        final List<Dependency> deps = new ArrayList<>();
        final List<NamedMention> mentions = new ArrayList<>();

        Converted(String text) {
            this.text = text;
        }

        void add(Pipeline.Annotated annotated, int shift) {
            Annotation annotation = annotated.annotation();
            List<CoreMap> sents = annotation.get(CoreAnnotations.SentencesAnnotation.class);
            int firstOfPiece = tokens.size();
            for (int si = 0; si < sents.size(); si++) {
                CoreMap s = sents.get(si);
                List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                int first = tokens.size();
                for (CoreLabel l : labels) {
                    tokens.add(new Token(tokens.size(), sentences.size(), l.word(), nonNull(l.lemma(), l.word()),
                            nonNull(l.tag(), ""), nonNull(l.ner(), "O"), shift + l.beginPosition(),
                            shift + l.endPosition()));
                }
                for (TypedDependency d : annotated.dependencies().get(si)) {
                    int governor = d.gov().index() == 0 ? -1 : first + d.gov().index() - 1; // 0 is ROOT
                    deps.add(new Dependency(governor, d.reln().toString(), first + d.dep().index() - 1));
                }
                int start = labels.isEmpty() ? 0 : shift + labels.get(0).beginPosition();
                int end = labels.isEmpty() ? 0 : shift + labels.get(labels.size() - 1).endPosition();
                sentences.add(new Sentence(sentences.size(), first, tokens.size(), start, end));
            }
            addMentions(annotation, shift, firstOfPiece);
        }

        private void addMentions(Annotation annotation, int shift, int firstOfPiece) {
            List<CoreMap> found = annotation.get(CoreAnnotations.MentionsAnnotation.class);
            if (found == null) {
                return;
            }
            List<Token> piece = tokens.subList(firstOfPiece, tokens.size());
            for (CoreMap m : found) {
                List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
                if (labels == null || labels.isEmpty()) {
                    continue;
                }
                int start = shift + labels.get(0).beginPosition();
                int end = shift + labels.get(labels.size() - 1).endPosition();
                int first = indexOf(piece, start);
                if (first < 0) {
                    continue;
                }
                first += firstOfPiece;
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                String normalized = timex != null ? timex.value()
                        : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                mentions.add(new NamedMention(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), first,
                        first + labels.size(), start, end, text.substring(start, end), normalized));
            }
        }
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
