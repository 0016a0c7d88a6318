package dev.whosaid.gazetteer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that point to a country in news text ("Dutch", "Netherlands", "U.S.", "White House"), for
 * checking a role cue against where a candidate held a post. Country names come from the JDK, the
 * adjectives from the demonym list in CoreNLP's models jar.
 */
public final class Countries {
    private static final String DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";
    /** Names news uses for a country that no list of country names has: abbreviations and seats of power. */
    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("u.s.", "US"), Map.entry("u.s.a.", "US"), Map.entry("usa", "US"), Map.entry("america", "US"),
            Map.entry("white house", "US"), Map.entry("washington", "US"),
            Map.entry("u.k.", "GB"), Map.entry("britain", "GB"), Map.entry("british", "GB"),
            Map.entry("downing street", "GB"), Map.entry("kremlin", "RU"), Map.entry("moscow", "RU"),
            Map.entry("beijing", "CN"), Map.entry("tokyo", "JP"), Map.entry("seoul", "KR"),
            Map.entry("hague", "NL"), Map.entry("berlin", "DE"), Map.entry("paris", "FR"),
            Map.entry("elysee", "FR"), Map.entry("ankara", "TR"), Map.entry("tehran", "IR"));

    private static final Map<String, String> BY_WORD = load();

    private Countries() {
    }

    /**
     * The ISO code of the country this word or phrase of news text names ("Dutch", "the Netherlands",
     * "U.S.", "US"), or null. Case matters only for "US" and "UK", which in lower case are "us" and
     * nothing.
     */
    public static String code(String phrase) {
        if (phrase.equals("US") || phrase.equals("UK")) {
            return phrase.equals("US") ? "US" : "GB";
        }
        return BY_WORD.get(key(phrase));
    }

    /** Lower case, accents off, a leading "the " dropped; dots kept, so "u.s." is not "us". */
    private static String key(String phrase) {
        String d = java.text.Normalizer.normalize(phrase.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").strip();
        return d.startsWith("the ") ? d.substring(4) : d;
    }

    /** The English name of a country code ("NL" to "Netherlands"). */
    public static String name(String code) {
        String n = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return n.isEmpty() || n.equals(code) ? code : n;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = key(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
            byName.put(name, code);
            map.put(name, code);
        }
        byName.put("united states", "US");
        byName.put("united kingdom", "GB");
        byName.put("russia", "RU");
        byName.put("south korea", "KR");
        byName.put("north korea", "KP");
        if (Countries.class.getResource(DEMONYMS) != null) {
            for (String line : Gazetteer.resourceLines(DEMONYMS)) {
                String[] f = line.split("\t");
                String code = byName.get(key(f[0]));
                if (code == null) {
                    continue;
                }
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].isBlank()) {
                        map.putIfAbsent(key(f[i]), code);
                    }
                }
            }
        }
        map.putAll(byName);
        EXTRA.forEach((k, v) -> map.put(key(k), v));
        return Map.copyOf(map);
    }
}
