package dev.whosaid.gazetteer;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keys that bring a damaged name token together with the names it may stand for. They only
 * <em>find</em> candidates: no phonetic or string score tells a right repair from a wrong one
 * (Blok/Block outscore bullock/Blok on all of them), so deciding is left to the evidence.
 */
public final class NameKeys {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private NameKeys() {
    }

    /** Lower case, accents and apostrophes off: "Erdoğan" and "erdogan", "O'Brien" and "obrien" meet. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'ø' -> b.append('o');
                case 'ł' -> b.append('l');
                case 'đ', 'ð' -> b.append('d');
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ı' -> b.append('i');
                case '\'', '\u2019', '\u2018', '.' -> { }
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The folded words of a name, hyphens kept inside a word ("o-gon kwon" is two words). */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : fold(name).split("[\\s,]+")) {
            if (!w.isEmpty() && w.codePoints().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether the text is written in Latin letters (the only script our repairs compare directly). */
    public static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The keys of one folded word: its Double Metaphone codes, its consonant skeleton and, for words
     * of four letters or more, the word with any one letter dropped (which meets every one-letter
     * substitution, insertion or deletion: "obana" and "obama" share "obaa").
     */
    public static Set<String> keys(String word) {
        String w = lettersOnly(word);
        Set<String> keys = new LinkedHashSet<>();
        if (w.length() < 2) {
            return keys;
        }
        keys.add("w:" + w);
        String primary = METAPHONE.doubleMetaphone(w, false);
        String alternate = METAPHONE.doubleMetaphone(w, true);
        if (primary != null && !primary.isEmpty()) {
            keys.add("m:" + primary);
        }
        if (alternate != null && !alternate.isEmpty()) {
            keys.add("m:" + alternate);
        }
        keys.add("s:" + skeleton(w));
        if (w.length() >= 4 && w.length() <= TextToken.MAX_WORD) { // one copy per letter: bounded
            for (int i = 0; i < w.length(); i++) {
                keys.add("d:" + w.substring(0, i) + w.substring(i + 1));
            }
        }
        return keys;
    }

    /** The Double Metaphone codes of a folded word (primary and alternate). */
    static Set<String> metaphone(String w) {
        Set<String> out = new LinkedHashSet<>();
        String p = METAPHONE.doubleMetaphone(w, false);
        String a = METAPHONE.doubleMetaphone(w, true);
        if (p != null && !p.isEmpty()) {
            out.add(p);
        }
        if (a != null && !a.isEmpty()) {
            out.add(a);
        }
        return out;
    }

    /** Letters only ("o-gon" to "ogon"). */
    public static String lettersOnly(String word) {
        int i = 0;
        while (i < word.length() && Character.isLetter(word.charAt(i))) {
            i++;
        }
        if (i == word.length()) {
            return word; // the usual case: nothing to drop
        }
        StringBuilder b = new StringBuilder(word.length());
        word.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * The consonants of a folded word as they sound, vowels and doubled letters gone, first letter
     * kept: "bullock" and "blok" are both "blk", "mcnaney" and "mcenany" "mkn", "kayleigh" and
     * "kelly" "kl", "phakiso" and "fakiso" "fks".
     */
    static String skeleton(String w) {
        String s = w.replace("ph", "f").replace("ck", "k").replace("gh", "").replace("sch", "sh")
                .replace('c', 'k').replace('q', 'k').replace('z', 's').replace('v', 'f').replace('x', 'k')
                .replace('j', 'g');
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowel = "aeiouyhw".indexOf(c) >= 0;
            if (i == 0) {
                b.append(vowel ? 'a' : c);
                last = vowel ? 0 : c;
            } else if (!vowel && c != last) {
                b.append(c);
                last = c;
            }
        }
        return b.toString();
    }

    /**
     * The pinyin reading of the Chinese characters in a name, letters only ("權五坤" to "quanwukun"),
     * or null when the name has none. A name that went through Chinese machine translation comes back
     * as this reading ("Quan Wukun").
     */
    static String pinyin(String name) {
        if (!hasHan(name)) {
            return null;
        }
        String latin;
        synchronized (HAN_LATIN) { // ICU transliterators are not documented as thread-safe
            latin = HAN_LATIN.transliterate(name);
        }
        String key = lettersOnly(fold(latin));
        return key.isEmpty() || !isLatin(key) ? null : key;
    }
}
