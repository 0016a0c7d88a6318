package dev.whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** The Python semantics score.py relies on, by example and, when python3 is there, against Python itself. */
class PyCompatTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void nameTokensFoldCaseAndDropTitlesFunctionWordsAndSingleLetters() {
        assertThat(PyCompat.nameTokens("Sen. Elizabeth Warren")).containsExactlyInAnyOrder("elizabeth", "warren");
        assertThat(PyCompat.nameTokens("the former President of the U.S.")).isEmpty();
        assertThat(PyCompat.nameTokens("O'Neil-Brown_Jr")).containsExactlyInAnyOrder("neil", "brown"); // '_' splits
        assertThat(PyCompat.nameTokens("STRAẞE Straße")).containsExactly("strasse");
        assertThat(PyCompat.nameTokens("ΟΔΥΣΣΕΥΣ")).containsExactly("οδυσσευσ"); // no final sigma
        assertThat(PyCompat.nameTokens("Jose\u0301")).containsExactly("jose"); // a combining mark is not \w
        assertThat(PyCompat.nameTokens("Ⅻ 42 x")).containsExactly("42"); // 'ⅻ' is one code point
        assertThat(PyCompat.nameTokens(null)).isEmpty();
        assertThat(PyCompat.nameTokens("")).isEmpty();
    }

    @Test
    void intReadsLikePythonInt() throws Exception {
        JsonNode values = MAPPER.readTree("[12, -3, 12.9, -12.9, true, false, \" 12 \", \"+7\", \"1_000\", \"\\u0661\\u0662\","
                + " \"1__0\", \"_1\", \"1_\", \"12.0\", \"\", \"0x10\", \"007\", null, [1], {}]");
        List<Long> actual = new ArrayList<>();
        for (JsonNode v : values) {
            OptionalLong i = PyCompat.toInt(v);
            actual.add(i.isPresent() ? i.getAsLong() : null);
        }
        assertThat(actual).containsExactly(12L, -3L, 12L, -12L, 1L, 0L, 12L, 7L, 1000L, 12L,
                null, null, null, null, null, null, 7L, null, null, null);
        assertThat(PyCompat.toInt(MAPPER.readTree("123456789012345678901234567890")).getAsLong())
                .isEqualTo(PyCompat.SATURATE);
    }

    @Test
    void formatsThreeDecimalsFromTheExactBinaryValue() {
        // Java's %.3f gives 0.063 and 0.125 here; Python gives:
        assertThat(PyCompat.f3(0.0625)).isEqualTo("0.062");
        assertThat(PyCompat.f3(0.1245)).isEqualTo("0.124");
        assertThat(PyCompat.f3(2.0 / 3)).isEqualTo("0.667");
        assertThat(PyCompat.f3(1.0)).isEqualTo("1.000");
        assertThat(PyCompat.f3(0.0)).isEqualTo("0.000");
    }

    @Test
    void sortsByCodePoint() {
        List<String> ids = new ArrayList<>(List.of("z\uD83D\uDE00", "z\uFFFD", "z", "Z", "za"));
        ids.sort(PyCompat.CODE_POINT_ORDER);
        assertThat(ids).containsExactly("Z", "z", "za", "z\uFFFD", "z\uD83D\uDE00");
    }

    @Test
    void strAndReprOfJsonValues() throws Exception {
        assertThat(PyCompat.str(null)).isEqualTo("None");
        assertThat(PyCompat.str(MAPPER.readTree("true"))).isEqualTo("True");
        assertThat(PyCompat.str(MAPPER.readTree("1e16"))).isEqualTo("1e+16");
        assertThat(PyCompat.str(MAPPER.readTree("42.0"))).isEqualTo("42.0");
        assertThat(PyCompat.str(MAPPER.readTree("[1, \"a'b\", {\"k\": null}]"))).isEqualTo("[1, \"a'b\", {'k': None}]");
    }

    // ------------------------------------------------------------------ against Python itself

    /**
     * Every code point that both Java and this Python assign: casefold(), the word class
     * {@code [^\W_]} and isspace() give the same answers in Java.
     */
    @Test
    void casefoldWordClassAndSpaceAgreeWithPythonOnEveryCodePoint() {
        assumeTrue(Python.available(), "no python3 on the PATH");
        String script = String.join("\n",
                "import re, sys, unicodedata",
                "w = re.compile(r'[^\\W_]')",
                "out = []",
                "for cp in range(0x110000):",
                "    if 0xD800 <= cp <= 0xDFFF:",
                "        out.append('S'); continue",
                "    c = chr(cp); f = c.casefold()",
                "    flags = ('1' if w.match(c) else '0') + ('1' if c.isspace() else '0')"
                        + " + ('0' if unicodedata.category(c) == 'Cn' else '1')",
                "    out.append(flags if f == c else flags + ' ' + ' '.join('%x' % ord(x) for x in f))",
                "sys.stdout.write('\\n'.join(out))");
        String[] lines = Python.run(null, "-c", script).split("\n");
        assertThat(lines).hasSize(0x110000);
        List<String> mismatches = new ArrayList<>(); // not SoftAssertions: 280,000 checks
        int compared = 0;
        for (int cp = 0; cp < 0x110000; cp++) {
            String line = lines[cp];
            if (line.equals("S") || line.charAt(2) == '0' || Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            compared++;
            String c = new String(Character.toChars(cp));
            StringBuilder folded = new StringBuilder();
            if (line.length() > 3) {
                for (String hex : line.substring(4).split(" ")) {
                    folded.appendCodePoint(Integer.parseInt(hex, 16));
                }
            } else {
                folded.append(c);
            }
            String where = String.format("U+%04X", cp);
            if (PyCompat.isWordChar(cp) != (line.charAt(0) == '1')) {
                mismatches.add(where + " word class");
            }
            if (PyCompat.isSpace(cp) != (line.charAt(1) == '1')) {
                mismatches.add(where + " isspace");
            }
            if (!PyCompat.casefold(c).equals(folded.toString())) {
                mismatches.add(where + " casefold " + PyCompat.casefold(c) + " != " + folded);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(compared).isGreaterThan(140_000);
    }

    @Test
    void nameTokensAgreeWithScorePy() throws Exception {
        assumeTrue(Python.available(), "no python3 on the PATH");
        var dir = EvalData.directory().filter(d -> Files.isRegularFile(d.resolve("score.py")));
        assumeTrue(dir.isPresent(), "no shared/eval/score.py");
        List<String> names = List.of("Sen. Elizabeth Warren", "the former President of the U.S.", "O'Neil-Brown_Jr",
                "STRAẞE Straße", "ΟΔΥΣΣΕΥΣ Ὀδυσσεύς", "Jose\u0301 José", "Ⅻ 42 x ²³", "İstanbul Mayor IŞIK ı",
                "ﬁnance ﬂow", "ᏣᎳᎩ ꮳꮃꭹ", "Dr. Martin Luther King, Jr.", "Kelly mcnaney", "fatu Bensouda",
                "Квон О Гон", "習近平", "محمد بن سلمان", "\u00a0 \u2009", "ǅemal ǈuba", "Ⓐlpha ⓑeta", "ÆØÅ æøå",
                "\uD835\uDD18\uD835\uDD2B\uD835\uDD26 Ünï", "s S ’s", "Co-Founder of X.AI");
        String json = MAPPER.writeValueAsString(names);
        String out = Python.run(json, "-c", String.join("\n",
                "import json, sys",
                "sys.path.insert(0, sys.argv[1])",
                "import score",
                "names = json.loads(sys.stdin.read())",
                "print(json.dumps([sorted(score.name_tokens(n)) for n in names]))"), dir.get().toString());
        ArrayNode expected = (ArrayNode) MAPPER.readTree(out);
        SoftAssertions soft = new SoftAssertions();
        for (int k = 0; k < names.size(); k++) {
            Set<String> py = new HashSet<>();
            expected.get(k).forEach(t -> py.add(t.textValue()));
            soft.assertThat(PyCompat.nameTokens(names.get(k))).as(names.get(k)).isEqualTo(py);
        }
        soft.assertAll();
    }

    @Test
    void intStrFormatAndOrderAgreeWithPython() throws Exception {
        assumeTrue(Python.available(), "no python3 on the PATH");
        String ints = "[12, -3, 12.9, -12.9, 1e3, true, false, \" 12 \", \"+7\", \"-0\", \"1_000\", \"\\u0661\\u0662\","
                + " \"\\u00a012\\u2003\", \"1__0\", \"_1\", \"1_\", \"12.0\", \"\", \" \", \"0x10\", \"007\", \"1 2\","
                + " \"+-1\", \"\\uff11\\uff12\", null, [1], {}, NaN]";
        String strs = "[1.0, 1e16, 1e-05, 0.0001, 0.1, 123.456, -0.0, 1e22, 5e-324, 1.7976931348623157e308,"
                + " 2.5e-7, 100.0, 123456789012345680.0, 0.3, 2.675, [1, \"a'b\", {\"k\": null, \"j\": [true, false]}],"
                + " \"x\\ny\", \"tab\\there\", \"q\\\"and'both\", \"\\u00e9\\u2028\\u0085\\ud83d\\ude00\\u00ad\\u0007\","
                + " 12345678901234567890123, {\"code\": \"E1\"}, null, \"\", [\"it's\", \"\\\\\"]]";
        String floats = "[0.0625, 0.1245, 2.675, 0.0005, 0.9995, 0.3333333333333333, 0.6666666666666666, 0.5, 0.8125,"
                + " 0.4375, 0.0, 1.0, 0.12345, 0.6665, 0.3335, 0.0015, 0.0025, 0.1235]";
        String sortable = "[\"z\\ud83d\\ude00\", \"z\\ufffd\", \"z\", \"Z\", \"za\", \"\\ue000\", \"\\u00e9\", \"e\\u0301\"]";
        String out = Python.run(String.join("\n", ints, strs, floats, sortable), "-c", String.join("\n",
                "import json, sys",
                "a, b, c, d = [json.loads(l) for l in sys.stdin.read().split('\\n')]",
                "def toint(v):",
                "    try:",
                "        return int(v)",
                "    except (TypeError, ValueError, OverflowError):",
                "        return None",
                "print(json.dumps([[toint(v) for v in a], [str(v) for v in b], ['%.3f' % x for x in c], sorted(d)]))"));
        JsonNode py = MAPPER.readTree(out);
        List<JsonNode> in = new ArrayList<>();
        for (String line : List.of(ints, strs, floats, sortable)) {
            in.add(parsePythonJson(line));
        }
        SoftAssertions soft = new SoftAssertions();
        for (int k = 0; k < in.get(0).size(); k++) {
            OptionalLong i = PyCompat.toInt(in.get(0).get(k));
            JsonNode want = py.get(0).get(k);
            soft.assertThat(i.isPresent() ? (Long) i.getAsLong() : null).as("int(%s)", in.get(0).get(k))
                    .isEqualTo(want.isNull() ? null : want.longValue());
        }
        for (int k = 0; k < in.get(1).size(); k++) {
            soft.assertThat(PyCompat.str(in.get(1).get(k))).as("str(%s)", in.get(1).get(k))
                    .isEqualTo(py.get(1).get(k).textValue());
        }
        for (int k = 0; k < in.get(2).size(); k++) {
            soft.assertThat(PyCompat.f3(in.get(2).get(k).doubleValue())).as("%%.3f of %s", in.get(2).get(k))
                    .isEqualTo(py.get(2).get(k).textValue());
        }
        List<String> sorted = new ArrayList<>();
        in.get(3).forEach(s -> sorted.add(s.textValue()));
        sorted.sort(PyCompat.CODE_POINT_ORDER);
        List<String> pySorted = new ArrayList<>();
        py.get(3).forEach(s -> pySorted.add(s.textValue()));
        soft.assertThat(sorted).as("sorted").isEqualTo(pySorted);
        soft.assertAll();
    }

    /** JSON as json.loads reads it (NaN allowed), through the scorer's own reader. */
    private static JsonNode parsePythonJson(String line) throws Exception {
        Path f = Files.createTempFile("pycompat", ".jsonl");
        try {
            Files.writeString(f, line);
            return JsonLines.read(f).get(0);
        } finally {
            Files.delete(f);
        }
    }
}
