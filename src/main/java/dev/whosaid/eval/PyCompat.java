package dev.whosaid.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The small pieces of Python semantics that score.py relies on, reproduced so that the Java
 * scorer gives the same figures: the trimming set, {@code name_tokens} (str.casefold and the
 * regex {@code [^\W_]+}), str.isspace, int(), truthiness, str()/repr() of JSON values, dict-key
 * equality of ids, code-point string order and {@code '%.3f'}.
 */
final class PyCompat {

    private PyCompat() {
    }

    // ---------------------------------------------------------------- trimming

    /** score.py's TRIM: whitespace and quotation marks removed from both ends of every span. */
    private static final Set<Integer> TRIM = codePoints(
            " \t\n\r\f\u000B\u00a0\u2009\u200b\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b"
                    + "\u00ab\u00bb\u2039\u203a");

    static boolean isTrim(int cp) {
        return TRIM.contains(cp);
    }

    // ---------------------------------------------------------------- name tokens

    static final Set<String> TITLES = words("mr mrs ms miss mx dr prof sir dame lord lady rev hon"
            + " sen senator rep representative gov governor pres president vice secretary sec gen"
            + " general col lt sgt capt adm judge justice mayor chairman chairwoman chair ceo"
            + " spokesman spokeswoman spokesperson minister prime chief former candidate nominee jr sr");

    static final Set<String> FUNCTION = words("the a an of and or for in on at to by with from as his"
            + " her hers its their our my your that this these those who whom which he she it they we"
            + " i you him them us me s");

    /**
     * score.py's {@code name_tokens}: {@code re.findall(r'[^\W_]+', s.casefold())}, keeping tokens
     * of at least two code points that are neither titles nor function words.
     */
    static Set<String> nameTokens(String s) {
        if (s == null || s.isEmpty()) {
            return Set.of();
        }
        String folded = casefold(s);
        Set<String> out = new HashSet<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int count = 0;
            while (i < n && isWordChar(cp = folded.codePointAt(i))) {
                i += Character.charCount(cp);
                count++;
            }
            String token = folded.substring(start, i);
            if (count > 1 && !TITLES.contains(token) && !FUNCTION.contains(token)) {
                out.add(token);
            }
        }
        return out;
    }

    /**
     * Python's {@code [^\W_]} on str: \w is str.isalnum() plus '_', which is exactly the Unicode
     * categories L* (Lu Ll Lt Lm Lo) and N* (Nd Nl No). Combining marks (M*) are NOT word
     * characters in Python, so a decomposed accent splits a token there, and it does here too
     * (a Java {@code [\p{L}\p{N}\p{M}]} class would not). Checked against CPython 3.11 (Unicode
     * 14) for every code point Java 17 (Unicode 13) assigns.
     */
    static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Python's str.casefold() (Unicode full case folding), code point by code point so that no
     * context rule (Java's final sigma) applies, as in Python. For one code point, Java's
     * upper-then-lower case mapping equals the full case folding except for the cases handled
     * first: dotless i (not folded), capital sharp s (folds to "ss") and Cherokee (which folds
     * to the UPPER case letters). Checked against CPython 3.11 for every code point Java 17
     * assigns.
     */
    static String casefold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                b.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (cp == 0x0131 || (cp >= 0x13A0 && cp <= 0x13F5)) {
                b.appendCodePoint(cp);
            } else if (cp >= 0x13F8 && cp <= 0x13FD) {
                b.appendCodePoint(cp - 8);
            } else if (cp >= 0xAB70 && cp <= 0xABBF) {
                b.appendCodePoint(cp - 0xAB70 + 0x13A0);
            } else if (cp == 0x1E9E) {
                b.append("ss");
            } else {
                b.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- whitespace

    /** Python's str.isspace() for one code point. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** {@code not line.strip()}. */
    static boolean isBlank(String line) {
        return line.codePoints().allMatch(PyCompat::isSpace);
    }

    // ---------------------------------------------------------------- int(), bool(), str()

    /**
     * Offsets beyond this are saturated: far outside any text, so every comparison with a real
     * offset keeps its outcome, and differences of two offsets cannot overflow a long.
     */
    static final long SATURATE = 1L << 40;

    /**
     * Python's {@code int(value)} for a JSON value: ints as they are, floats truncated toward
     * zero, booleans 0/1, strings parsed like int(str) (surrounding whitespace, a sign, Unicode
     * decimal digits, single underscores between digits). Empty where Python raises TypeError
     * or ValueError (null, missing, arrays, objects, NaN, bad strings) and also for infinities
     * (OverflowError in Python).
     */
    static OptionalLong toInt(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode() || v.isContainerNode()) {
            return OptionalLong.empty();
        }
        if (v.isBoolean()) {
            return OptionalLong.of(v.booleanValue() ? 1 : 0);
        }
        if (v.isIntegralNumber()) {
            return OptionalLong.of(saturate(v.bigIntegerValue()));
        }
        if (v.isNumber()) {
            BigDecimal d;
            if (v.isBigDecimal()) {
                d = v.decimalValue();
            } else {
                double x = v.doubleValue();
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    return OptionalLong.empty();
                }
                d = new BigDecimal(x);
            }
            return OptionalLong.of(saturate(d.setScale(0, RoundingMode.DOWN).toBigInteger()));
        }
        if (v.isTextual()) {
            return parseInt(v.textValue());
        }
        return OptionalLong.empty();
    }

    private static OptionalLong parseInt(String s) {
        int[] cps = s.codePoints().toArray();
        int i = 0;
        int n = cps.length;
        while (i < n && isSpace(cps[i])) {
            i++;
        }
        while (n > i && isSpace(cps[n - 1])) {
            n--;
        }
        boolean negative = false;
        if (i < n && (cps[i] == '+' || cps[i] == '-')) {
            negative = cps[i] == '-';
            i++;
        }
        if (i >= n) {
            return OptionalLong.empty();
        }
        StringBuilder digits = new StringBuilder();
        boolean lastWasDigit = false;
        for (; i < n; i++) {
            int cp = cps[i];
            if (cp == '_') {
                if (!lastWasDigit || i + 1 >= n || decimal(cps[i + 1]) < 0) {
                    return OptionalLong.empty();
                }
                lastWasDigit = false;
                continue;
            }
            int d = decimal(cp);
            if (d < 0) {
                return OptionalLong.empty();
            }
            digits.append((char) ('0' + d));
            lastWasDigit = true;
        }
        BigInteger value = new BigInteger(digits.toString());
        return OptionalLong.of(saturate(negative ? value.negate() : value));
    }

    private static int decimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }

    private static long saturate(BigInteger v) {
        return v.max(BigInteger.valueOf(-SATURATE)).min(BigInteger.valueOf(SATURATE)).longValue();
    }

    /** Python's {@code bool(value)} for a JSON value (null or absent is falsy). */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().signum() != 0 : v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** Python's {@code str(value)} for a value json.loads produced ('None', 'True', repr of floats...). */
    static String str(JsonNode v) {
        if (v != null && v.isTextual()) {
            return v.textValue();
        }
        return repr(v);
    }

    /** Python's {@code repr(value)} for a value json.loads produced. */
    static String repr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.doubleValue());
        }
        if (v.isTextual()) {
            return stringRepr(v.textValue());
        }
        StringBuilder b = new StringBuilder();
        if (v.isArray()) {
            b.append('[');
            for (int k = 0; k < v.size(); k++) {
                b.append(k == 0 ? "" : ", ").append(repr(v.get(k)));
            }
            return b.append(']').toString();
        }
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            b.append(first ? "" : ", ").append(stringRepr(e.getKey())).append(": ").append(repr(e.getValue()));
            first = false;
        }
        return b.append('}').toString();
    }

    private static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp < 0x7F || printable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                b.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                b.append(String.format(Locale.ROOT, "\\U%08x", cp));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean printable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE:
            case Character.PRIVATE_USE: case Character.UNASSIGNED: case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR: case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    /** Python's float repr: the shortest digits that round-trip, fixed notation for 1e-4 <= |x| < 1e16. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exp10 = digits.length() - 1 - shortest.scale();
        StringBuilder b = new StringBuilder(x < 0 ? "-" : "");
        if (exp10 < -4 || exp10 >= 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(exp10 < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp10));
            b.append(e.length() < 2 ? "0" : "").append(e);
        } else if (exp10 < 0) {
            b.append("0.").append("0".repeat(-exp10 - 1)).append(digits);
        } else if (digits.length() <= exp10 + 1) {
            b.append(digits).append("0".repeat(exp10 + 1 - digits.length())).append(".0");
        } else {
            b.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, digits.length());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- ids, ordering, formatting

    /**
     * A key with Python's dict-key equality for an id as json.loads gives it: 1, 1.0 and true are
     * the same key, "1" is another, None (null or absent) is one key. Arrays and objects, which
     * Python cannot hash (score.py stops), are keyed by their JSON text.
     */
    static String idKey(JsonNode id) {
        if (id == null || id.isNull() || id.isMissingNode()) {
            return "N";
        }
        if (id.isTextual()) {
            return "S" + id.textValue();
        }
        if (id.isBoolean()) {
            return id.booleanValue() ? "D1" : "D0";
        }
        if (id.isNumber()) {
            if (id.isIntegralNumber()) {
                return "D" + id.bigIntegerValue();
            }
            double x = id.doubleValue();
            if (Double.isNaN(x)) {
                // NaN != NaN, but json.loads returns one shared NaN object and dict lookup tries
                // identity first, so every NaN id is the same key
                return "NaN";
            }
            if (Double.isInfinite(x)) {
                return x > 0 ? "+inf" : "-inf";
            }
            BigDecimal d = id.isBigDecimal() ? id.decimalValue() : new BigDecimal(x);
            return "D" + d.stripTrailingZeros().toPlainString();
        }
        return "J" + id;
    }

    /** An id for the report: its text when it is a string, null for None, else Python's str(). */
    static String idText(JsonNode id) {
        if (id == null || id.isNull() || id.isMissingNode()) {
            return null;
        }
        return str(id);
    }

    /** Python's str ordering: by code point (Java's String.compareTo orders UTF-16 units). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    /**
     * Python's {@code '%.3f' % x}: correctly rounded from the exact binary value, ties to even
     * (Java's Formatter rounds the shortest decimal string half-up, which can differ).
     */
    static String f3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return x < 0 || (x == 0 && 1 / x < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
    }

    // ---------------------------------------------------------------- helpers

    private static Set<Integer> codePoints(String s) {
        Set<Integer> set = new HashSet<>();
        s.codePoints().forEach(set::add);
        return Set.copyOf(set);
    }

    private static Set<String> words(String s) {
        return Set.copyOf(java.util.Arrays.asList(s.split(" ")));
    }
}
