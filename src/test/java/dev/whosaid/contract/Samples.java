package dev.whosaid.contract;

import dev.whosaid.TestPipeline;
import dev.whosaid.model.Analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real analyses to hold against the contract: the seed article and short texts built by hand, each one
 * exercising a kind of damage. All come from the one shared {@link TestPipeline#whosaid()}; computed once.
 */
final class Samples {
    static final String EMPTY = "";
    static final String PLAIN = "The weather in Springfield was mild on Tuesday, and the city market closed slightly "
            + "higher than the week before.";
    /** Markup debris and a closing quotation mark with no opening one. */
    static final String DEBRIS = "< p > The Dutch foreign minister, stef bullock, spoke on Monday. We will not accept "
            + "this decision, ” he said. < / P >\n\n< p > The court declined to comment. < / P >";
    /** Astral-plane characters (two UTF-16 units each) before and inside a quote. */
    static final String EMOJI = "🎉🎉 Big news! “We love this 😀 policy,” said Jane Smith, the mayor of Springfield, "
            + "on September 2. “It helps everyone 👍,” she added.";
    /** An opening quotation mark that is never closed. */
    static final String UNCLOSED = "The spokesman, John Kirby, said: “We will appeal the ruling and we expect to win\n\n"
            + "The court did not respond to a request for comment.";
    /** Reported speech and a pronoun speaker, with lowercased names. */
    static final String REPORTED = "US Secretary of State Mike Pompeo announced sanctions on Wednesday. ponpeo claimed "
            + "that the court was corrupt. “These are illegitimate attacks,” he told reporters in Washington.";

    /** Control characters, a NUL and Windows line ends around a short quote. */
    static final String CONTROL = "Hello\u0000 world.\r\n\u0007“Fine,” he said\u0008 to Ann Lee.\r\n";

    private static volatile Map<String, Analysis> handBuilt;

    private Samples() {
    }

    static Analysis seed() {
        return TestPipeline.seed();
    }

    /** The hand-built texts' analyses, by name, in a fixed order. */
    static Map<String, Analysis> handBuilt() {
        if (handBuilt == null) {
            synchronized (Samples.class) {
                if (handBuilt == null) {
                    Map<String, Analysis> m = new LinkedHashMap<>();
                    LocalDate date = LocalDate.of(2020, 9, 3);
                    m.put("empty", TestPipeline.whosaid().analyze(EMPTY));
                    m.put("plain", TestPipeline.whosaid().analyze("plain", PLAIN, null));
                    m.put("debris", TestPipeline.whosaid().analyze("debris", DEBRIS, date));
                    m.put("emoji", TestPipeline.whosaid().analyze(EMOJI, date));
                    m.put("unclosed", TestPipeline.whosaid().analyze("unclosed", UNCLOSED, date));
                    m.put("reported", TestPipeline.whosaid().analyze("reported", REPORTED, date));
                    m.put("control", TestPipeline.whosaid().analyze("control", CONTROL, date));
                    handBuilt = m;
                }
            }
        }
        return handBuilt;
    }

    /** The seed first, then the hand-built texts. */
    static Map<String, Analysis> all() {
        Map<String, Analysis> m = new LinkedHashMap<>();
        m.put("seed", seed());
        m.putAll(handBuilt());
        return m;
    }
}
