package dev.whosaid.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words that introduce attributed statements ("said", "warned", "according to"), read from
 * {@code models/cues.tsv}. Immutable once loaded; the default lexicon is loaded once per JVM.
 */
public final class CueLexicon {
    private static final String RESOURCE = "/dev/whosaid/models/cues.tsv";

    /** What a cue reports. */
    public enum Kind { SPEECH, BELIEF, STANCE, SOURCE, CHANNEL, SPEAKER_NOUN, NOUN }

    private final Map<String, Kind> verbs;
    private final Map<String, Kind> others;

    private CueLexicon(Map<String, Kind> verbs, Map<String, Kind> others) {
        this.verbs = Map.copyOf(verbs);
        this.others = Map.copyOf(others);
    }

    private static final class Holder {
        static final CueLexicon DEFAULT = load();
    }

    public static CueLexicon defaultLexicon() {
        return Holder.DEFAULT;
    }

    /** The kind of a verb cue by its lemma, or null if the verb is not a cue. */
    public Kind verb(String lemma) {
        return verbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The kind of a noun or phrase cue ("statement", "according to"), or null. */
    public Kind phrase(String words) {
        return others.get(words.toLowerCase(Locale.ROOT));
    }

    private static CueLexicon load() {
        Map<String, Kind> verbs = new HashMap<>();
        Map<String, Kind> others = new HashMap<>();
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cue lexicon missing from the class path: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected 3 tab-separated fields");
                }
                Kind kind = Kind.valueOf(f[2].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                (f[1].trim().equals("verb") ? verbs : others).put(f[0].trim().toLowerCase(Locale.ROOT), kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CueLexicon(verbs, others);
    }
}
