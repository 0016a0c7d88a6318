package dev.whosaid.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The people, organisations and places whosaid knows by name, with the posts they held: what name
 * repair draws its candidates from and entity linking its canonical names. Immutable and thread-safe.
 *
 * <p>The {@linkplain #defaultGazetteer() default} ships in the jar ({@code models/gazetteer/*.tsv});
 * {@link #plus(Path)} adds a user's file of the same format on top. Entries with the same id are
 * merged, so a user file can add aliases or roles to a shipped entry.
 */
public final class Gazetteer {
    private static final String RESOURCE_DIR = "/dev/whosaid/models/gazetteer/";

    private final List<GazetteerEntry> entries;
    /** Folded full names and aliases (words joined by one space) to the entries that bear them. */
    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    /** {@link NameKeys#keys} of every word of every Latin-script name, to the entries. */
    private final Map<String, List<GazetteerEntry>> byWordKey = new HashMap<>();
    /** Pinyin readings of Chinese-script aliases, to the entries. */
    private final Map<String, List<GazetteerEntry>> byPinyin = new HashMap<>();
    /** Folded words that occur in some name: "is this word a known name?" */
    private final Set<String> nameWords = new java.util.HashSet<>();
    /** Each entry's Latin-script names, split into words once. */
    private final Map<String, List<NameForm>> forms = new HashMap<>();

    /** A Latin-script name of an entry, as written and folded word by word. */
    record NameForm(String name, List<String> cased, List<String> folded) {
    }

    private Gazetteer(Collection<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry e : this.entries) {
            for (String n : e.names()) {
                index(e, n);
            }
        }
        // shared by every thread and handed to callers: nothing may change it after this
        byName.replaceAll((k, v) -> List.copyOf(v));
        byWordKey.replaceAll((k, v) -> List.copyOf(v));
        byPinyin.replaceAll((k, v) -> List.copyOf(v));
        forms.replaceAll((k, v) -> List.copyOf(v));
    }

    private void index(GazetteerEntry e, String n) {
        String pinyin = NameKeys.pinyin(n);
        if (pinyin != null && pinyin.length() >= 4) {
            add(byPinyin, pinyin, e);
        }
        if (!NameKeys.isLatin(n)) {
            return;
        }
        List<String> words = NameKeys.words(n);
        if (words.isEmpty()) {
            return;
        }
        List<String> cased = List.of(n.trim().split("[\\s,]+"));
        if (cased.size() == words.size()) {
            forms.computeIfAbsent(e.id(), k -> new ArrayList<>(2)).add(new NameForm(n, cased, words));
        }
        add(byName, String.join(" ", words), e);
        if (e.isPerson() && words.size() >= 2) {
            add(byName, words.get(words.size() - 1), e); // a person's bare surname names them too
        }
        for (String w : words) {
            nameWords.add(NameKeys.lettersOnly(w));
            for (String k : NameKeys.keys(w)) {
                add(byWordKey, k, e);
            }
        }
    }

    private static void add(Map<String, List<GazetteerEntry>> map, String key, GazetteerEntry e) {
        List<GazetteerEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        // an entry's names are indexed one after another, so a repeat is always the last one added
        // (comparing records field by field here made loading quadratic)
        if (list.isEmpty() || list.get(list.size() - 1) != e) {
            list.add(e);
        }
    }

    /** The gazetteer shipped with whosaid. Loaded once per JVM, on first use. */
    public static Gazetteer defaultGazetteer() {
        return DefaultHolder.DEFAULT;
    }

    /** A gazetteer of nothing: name repair and linking then rest on the document alone. */
    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** A gazetteer of the given files only. */
    public static Gazetteer of(List<Path> files) {
        return empty().plus(files);
    }

    /**
     * This gazetteer with the entries of {@code file} added (same format as the shipped files).
     *
     * @throws GazetteerFormatException naming the file and line of the first malformed entry
     * @throws UncheckedIOException     when the file cannot be read
     */
    public Gazetteer plus(Path file) {
        return plus(List.of(file));
    }

    public Gazetteer plus(List<Path> files) {
        Objects.requireNonNull(files, "files");
        List<GazetteerEntry> added = new ArrayList<>();
        for (Path file : files) {
            Objects.requireNonNull(file, "gazetteer file");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("gazetteer file not found: " + file);
            }
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                added.addAll(GazetteerReader.read(r, file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + file + ": " + e.getMessage(), e);
            }
        }
        return merged(entries, added);
    }

    private static Gazetteer merged(List<GazetteerEntry> base, List<GazetteerEntry> added) {
        Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        for (GazetteerEntry e : base) {
            byId.put(e.id(), e);
        }
        for (GazetteerEntry e : added) {
            GazetteerEntry known = byId.get(e.id());
            if (known != null && !known.type().equals(e.type())) {
                throw new IllegalArgumentException("gazetteer id '" + e.id() + "' is " + known.type() + " in one file and "
                        + e.type() + " in another");
            }
            byId.merge(e.id(), e, GazetteerEntry::mergedWith);
        }
        return new Gazetteer(byId.values());
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** Entries whose name or an alias is exactly this name (case, accents and apostrophes aside). */
    public List<GazetteerEntry> byName(String name) {
        return byName.getOrDefault(String.join(" ", NameKeys.words(name)), List.of());
    }

    /** Entries with a name word that shares a {@linkplain NameKeys#keys key} with this folded word. */
    public Set<GazetteerEntry> byWordKeys(String foldedWord) {
        // by identity: hashing a record hashes all its names and roles
        Set<GazetteerEntry> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String k : NameKeys.keys(foldedWord)) {
            out.addAll(byWordKey.getOrDefault(k, List.of()));
        }
        return out;
    }

    /** Entries with a Chinese-script alias whose pinyin reading is these letters ("quanwukun"). */
    public List<GazetteerEntry> byPinyin(String letters) {
        return byPinyin.getOrDefault(letters, List.of());
    }

    /** The entry's Latin-script names, canonical first, split into words. */
    List<NameForm> forms(GazetteerEntry e) {
        return forms.getOrDefault(e.id(), List.of());
    }

    /** Whether this folded word occurs in some name of the gazetteer. */
    public boolean isNameWord(String foldedWord) {
        return nameWords.contains(NameKeys.lettersOnly(foldedWord));
    }

    private static final class DefaultHolder {
        static final Gazetteer DEFAULT = loadDefault();

        private static Gazetteer loadDefault() {
            List<GazetteerEntry> all = new ArrayList<>();
            for (String file : resourceLines(RESOURCE_DIR + "files.txt")) {
                try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file)) {
                    if (in == null) {
                        throw new IllegalStateException("gazetteer file missing from the jar: " + file);
                    }
                    all.addAll(GazetteerReader.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                            "gazetteer/" + file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return merged(List.of(), all);
        }
    }

    /** Non-comment lines of a text resource. */
    static List<String> resourceLines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
