package dev.whosaid;

import dev.whosaid.attribution.Attribution;
import dev.whosaid.attribution.Attributor;
import dev.whosaid.attribution.CueLexicon;
import dev.whosaid.gazetteer.Gazetteer;
import dev.whosaid.gazetteer.Lexicon;
import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Warning;
import dev.whosaid.model.WarningCode;
import dev.whosaid.nlp.CoreNlpParser;
import dev.whosaid.nlp.Deadline;
import dev.whosaid.nlp.ParsedText;
import dev.whosaid.nlp.ParserOptions;
import dev.whosaid.normalize.NormalizedText;
import dev.whosaid.normalize.Normalizer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * whosaid's entry point: who said what, about whom, and when, in a news article.
 *
 * <pre>{@code
 * WhoSaid whosaid = WhoSaid.create();
 * Analysis a = whosaid.analyze(text, LocalDate.of(2020, 9, 3));
 * a.quotes().forEach(q -> System.out.println(q.speaker() + ": " + q.text()));
 * String json = a.toJson();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: share one across threads. The CoreNLP models are loaded
 * once per JVM and shared by every instance with the same options; they start loading in the background
 * when an instance is built, and the first {@code analyze} (or {@link #warmUp()}) waits for them. Bad
 * input never throws: it yields {@link Analysis#warnings()}. Bad arguments do.
 */
public final class WhoSaid {
    private final Options options;
    private final Normalizer normalizer;
    private final CoreNlpParser parser;
    private final Attributor attributor;

    private WhoSaid(Options options, Gazetteer gazetteer, CoreNlpParser parser) {
        this.options = options;
        Normalizer n = options.nameRepair ? new Normalizer(new NameRepairer(gazetteer, Lexicon.defaultLexicon()))
                : new Normalizer();
        this.normalizer = n.withMaxCorrections(options.maxCorrections);
        this.parser = parser;
        this.attributor = new Attributor(CueLexicon.defaultLexicon(), options.beliefCues, gazetteer);
    }

    /** A whosaid with the default options. */
    public static WhoSaid create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Waits until the models are loaded, instead of letting the first {@code analyze} call wait. Returns this. */
    public WhoSaid warmUp() {
        parser.warmUp();
        return this;
    }

    /** Analyzes a text with no id and no date (relative dates stay unresolved). */
    public Analysis analyze(String text) {
        return analyze(null, text, null);
    }

    /** Analyzes a text published on {@code date}, against which "yesterday" or "in June" are resolved. */
    public Analysis analyze(String text, LocalDate date) {
        return analyze(null, text, date);
    }

    /**
     * Analyzes one document.
     *
     * @param id   carried into the output as is; may be null
     * @param text the article, as received: markup, damage and all
     * @param date publication date, or null
     */
    public Analysis analyze(String id, String text, LocalDate date) {
        Objects.requireNonNull(text, "text must not be null");
        if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
            throw new IllegalArgumentException("date must have a four-digit year, was " + date);
        }
        Deadline deadline = Deadline.after(options.timeLimit);
        List<Warning> warnings = new ArrayList<>();
        String analysed = text;
        if (text.length() > options.maxTextLength) {
            analysed = text.substring(0, cutPoint(text, options.maxTextLength));
            warnings.add(Warning.at(WarningCode.W007, analysed.length(), text.length()));
        }
        NormalizedText norm;
        try {
            norm = normalizer.normalize(analysed, date);
        } catch (RuntimeException | StackOverflowError e) {
            // The normalizer is ours and tested against hostile text; this is the net under the net.
            warnings.add(Warning.document(WarningCode.W009, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return new Analysis(Analysis.SCHEMA_VERSION, id, date, text, List.of(), List.of(), List.of(), warnings,
                    null);
        }
        warnings.addAll(0, norm.warnings());
        Attribution attribution = new Attribution(List.of(), List.of());
        if (Normalizer.isBlank(norm.text())) {
            if (!Normalizer.isBlank(text)) {
                warnings.add(Warning.document(WarningCode.W001, "nothing but markup or control characters"));
            }
        } else {
            try {
                ParsedText parsed = parser.parse(norm.text(), date, norm.names(), deadline);
                attribution = OutputLimits.apply(attributor.attribute(norm, parsed, date, deadline),
                        options.maxQuotes, options.maxEntities, warnings);
            } catch (Deadline.Exceeded e) {
                warnings.add(Warning.document(WarningCode.W012, e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // CoreNLP is a large body of code we do not control: a failure on one odd text must
                // cost that text its quotes, not the caller its batch.
                warnings.add(Warning.document(WarningCode.W009, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return new Analysis(Analysis.SCHEMA_VERSION, id, date, text, norm.corrections(), attribution.entities(),
                attribution.quotes(), warnings, null);
    }

    /** The last paragraph break before {@code limit}, so that no sentence is cut in half. */
    private static int cutPoint(String text, int limit) {
        int cut = text.lastIndexOf("\n\n", limit);
        if (cut < limit / 2) {
            cut = text.lastIndexOf('\n', limit);
        }
        if (cut < limit / 2) {
            cut = limit;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    public Options options() {
        return options;
    }

    /** The settings of a {@link WhoSaid}; see {@link Builder} for what each means. */
    public record Options(boolean beliefCues, int maxSentenceTokens, int maxTextLength, boolean nameRepair,
                          boolean defaultGazetteer, List<Path> gazetteerFiles, boolean datesInEverySentence,
                          Duration timeLimit, int maxQuotes, int maxEntities, int maxCorrections) {
        public Options {
            gazetteerFiles = List.copyOf(gazetteerFiles);
        }
    }

    /** Settings for a {@link WhoSaid}; every one has a sensible default. */
    public static final class Builder {
        private boolean beliefCues = true;
        private int maxSentenceTokens = ParserOptions.DEFAULT.maxSentenceTokens();
        private int maxTextLength = 2_000_000;
        private boolean nameRepair = true;
        private boolean defaultGazetteer = true;
        private boolean datesInEverySentence = ParserOptions.DEFAULT.datesInEverySentence();
        private Duration timeLimit = Duration.ofMinutes(5);
        private int maxQuotes = 5_000;
        private int maxEntities = 10_000;
        private int maxCorrections = Normalizer.DEFAULT_MAX_CORRECTIONS;
        private final List<Path> gazetteerFiles = new ArrayList<>();

        private Builder() {
        }

        /**
         * Whether names damaged by machine translation are repaired ("ponpeo" to "Pompeo") before the
         * text is parsed, each repair reported as a correction of kind {@code name}. Default: true.
         */
        public Builder nameRepair(boolean on) {
            this.nameRepair = on;
            return this;
        }

        /**
         * Adds a gazetteer file of your own (format: {@code models/gazetteer/README.md} in the source) on
         * top of the shipped one; entries with a shipped id extend that entry. Read when {@link #build()}
         * is called, which throws {@link dev.whosaid.gazetteer.GazetteerFormatException} naming the file
         * and line of a malformed entry.
         */
        public Builder gazetteer(Path file) {
            java.util.Objects.requireNonNull(file, "file");
            this.gazetteerFiles.add(file);
            return this;
        }

        /** Whether the gazetteer shipped with whosaid is used (under any files added). Default: true. */
        public Builder defaultGazetteer(boolean on) {
            this.defaultGazetteer = on;
            return this;
        }

        /**
         * Whether verbs of belief and intention ("believes", "thinks", "wants") count as attribution
         * cues, as they do in the PolNeAR annotations. Default: true.
         */
        public Builder beliefCues(boolean on) {
            this.beliefCues = on;
            return this;
        }

        /**
         * Whether SUTime looks for dates in every sentence whole, as CoreNLP does, rather than only within a
         * few words of a number or a word of time ("Monday", "yesterday", "years"). On the PolNeAR dev
         * split what it skips held no calendar date, the scores are the same either way, and reading
         * everything took a quarter more time (see the README's Speed section). Default: false.
         */
        public Builder datesInEverySentence(boolean on) {
            this.datesInEverySentence = on;
            return this;
        }

        /** Sentences longer than this many tokens are not tagged or parsed (run-on debris). Default: 250. */
        public Builder maxSentenceTokens(int tokens) {
            if (tokens < 10) {
                throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + tokens);
            }
            this.maxSentenceTokens = tokens;
            return this;
        }

        /** Characters of a text that are analysed; the rest is kept in the output but not read. Default: 2,000,000. */
        public Builder maxTextLength(int chars) {
            if (chars < 1000) {
                throw new IllegalArgumentException("maxTextLength must be at least 1000, was " + chars);
            }
            this.maxTextLength = chars;
            return this;
        }

        /**
         * How long one {@code analyze} call may take. Past it the analysis stops between two sentences and
         * returns the text's corrections with no entities or quotes and a warning {@code W012}; the same
         * happens when the calling thread is interrupted. Null means no limit. Default: 5 minutes (a
         * 1 MB article takes under 2 on one core).
         */
        public Builder timeLimit(Duration limit) {
            if (limit != null && (limit.isNegative() || limit.isZero())) {
                throw new IllegalArgumentException("timeLimit must be positive or null, was " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /**
         * Quotes one analysis reports at most; past it the first are kept, with a warning {@code W013}.
         * Default: 5,000 (a long news article has a few dozen).
         */
        public Builder maxQuotes(int quotes) {
            if (quotes < 1) {
                throw new IllegalArgumentException("maxQuotes must be at least 1, was " + quotes);
            }
            this.maxQuotes = quotes;
            return this;
        }

        /**
         * Entities one analysis reports at most; past it those the kept quotes name, then the first
         * mentioned, are kept, with a warning {@code W014}. Default: 10,000.
         */
        public Builder maxEntities(int entities) {
            if (entities < 1) {
                throw new IllegalArgumentException("maxEntities must be at least 1, was " + entities);
            }
            this.maxEntities = entities;
            return this;
        }

        /**
         * Corrections one analysis reports at most; past it neighbouring corrections are merged into one
         * that spans them, its replacement what the analysis read there, with a warning {@code W015}.
         * Every change stays inside a reported span. Default: 10,000 (a long, badly damaged article has a
         * few hundred).
         */
        public Builder maxCorrections(int corrections) {
            if (corrections < 1) {
                throw new IllegalArgumentException("maxCorrections must be at least 1, was " + corrections);
            }
            this.maxCorrections = corrections;
            return this;
        }

        /**
         * The options set so far, without building anything: for a whosaid built elsewhere (an executor of
         * a cluster) with the same settings.
         */
        public Options options() {
            return new Options(beliefCues, maxSentenceTokens, maxTextLength, nameRepair, defaultGazetteer,
                    gazetteerFiles, datesInEverySentence, timeLimit, maxQuotes, maxEntities, maxCorrections);
        }

        public WhoSaid build() {
            Options o = options();
            // The CoreNLP models load on other threads while the gazetteer loads on this one.
            CoreNlpParser parser = new CoreNlpParser(new ParserOptions(maxSentenceTokens, datesInEverySentence));
            parser.startLoading();
            Gazetteer base = defaultGazetteer ? Gazetteer.defaultGazetteer() : Gazetteer.empty();
            return new WhoSaid(o, gazetteerFiles.isEmpty() ? base : base.plus(gazetteerFiles), parser);
        }
    }
}
