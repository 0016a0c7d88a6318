package dev.whosaid.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the line-oriented gazetteer format ({@code models/gazetteer/README.md}). Defensive: a user's
 * file may be anything, so every field is checked and the first problem is reported with its file and
 * line rather than half-loaded.
 */
final class GazetteerReader {
    private static final int FIELDS = 7;
    private static final int MAX_LINE = 20_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private GazetteerReader() {
    }

    static List<GazetteerEntry> read(BufferedReader in, String source) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = nextLine(in, source, n)) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(parse(line, source, n));
        }
        return out;
    }

    /**
     * The next line, read no further than {@link #MAX_LINE} characters: a file with no line breaks (a
     * binary given by mistake) is refused at once rather than read whole into memory. A file that is not
     * UTF-8 is an error with its file and line like any other; the reader decodes ahead of the lines it
     * returns, so the bad bytes are on that line or a later one.
     */
    private static String nextLine(BufferedReader in, String source, int linesRead) throws IOException {
        try {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    return line.toString();
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                    return line.toString();
                }
                if (line.length() == MAX_LINE) {
                    if (!isCommentOrBlank(line)) {
                        throw new GazetteerFormatException(source, linesRead + 1,
                                "line longer than " + MAX_LINE + " characters");
                    }
                    skipRestOfLine(in); // a long comment is still a comment: what was read says so
                    return line.toString();
                }
                line.append((char) c);
            }
            return line.isEmpty() ? null : line.toString();
        } catch (CharacterCodingException e) {
            throw new GazetteerFormatException(source, linesRead + 1,
                    "bytes that are not UTF-8, on this line or a later one (save the file as UTF-8)");
        }
    }

    /** What {@link #read} skips: a blank line, or one starting with {@code #} (after a byte-order mark). */
    private static boolean isCommentOrBlank(CharSequence line) {
        String s = line.toString();
        return s.isBlank() || s.startsWith("#") || s.startsWith("\uFEFF#");
    }

    private static void skipRestOfLine(BufferedReader in) throws IOException {
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                return;
            }
        }
    }

    private static GazetteerEntry parse(String line, String source, int n) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw new GazetteerFormatException(source, n, f.length + " tab-separated fields, expected " + FIELDS
                    + " (id, type, name, aliases, roles, nationality, wikidata)");
        }
        String id = f[0].trim();
        if (!ID.matcher(id).matches()) {
            throw new GazetteerFormatException(source, n, "id '" + id + "' is not lower-case [a-z0-9-]");
        }
        String type = f[1].trim();
        if (!TYPES.contains(type)) {
            throw new GazetteerFormatException(source, n, "type '" + type + "' is not one of " + TYPES);
        }
        String name = f[2].trim();
        if (name.isEmpty()) {
            throw new GazetteerFormatException(source, n, "empty name");
        }
        List<String> aliases = split(f[3], "\\|").stream().filter(a -> !a.equals(name)).toList();
        List<Role> roles = new ArrayList<>();
        for (String r : split(f[4], ";")) {
            roles.add(role(r, source, n));
        }
        List<String> nationality = split(f[5], "\\|");
        for (String c : nationality) {
            if (!COUNTRY.matcher(c).matches()) {
                throw new GazetteerFormatException(source, n, "nationality '" + c + "' is not an ISO 3166 alpha-2 code");
            }
        }
        String wikidata = f[6].trim();
        if (!wikidata.isEmpty() && !WIKIDATA.matcher(wikidata).matches()) {
            throw new GazetteerFormatException(source, n, "wikidata '" + wikidata + "' is not an item id like Q42");
        }
        return new GazetteerEntry(id, type, name, aliases, roles, nationality, wikidata.isEmpty() ? null : wikidata);
    }

    private static Role role(String text, String source, int n) {
        String[] p = text.split("\\|", -1);
        if (p.length != 4) {
            throw new GazetteerFormatException(source, n, "role '" + text + "' is not title|country|start|end");
        }
        String title = p[0].trim();
        String country = p[1].trim();
        if (title.isEmpty()) {
            throw new GazetteerFormatException(source, n, "role '" + text + "' has no title");
        }
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            throw new GazetteerFormatException(source, n, "role country '" + country + "' is not an ISO 3166 alpha-2 code");
        }
        try {
            PartialDate start = p[2].isBlank() ? null : PartialDate.parse(p[2].trim());
            PartialDate end = p[3].isBlank() ? null : PartialDate.parse(p[3].trim());
            if (start != null && end != null && end.latest().isBefore(start.earliest())) {
                throw new IllegalArgumentException("role '" + text + "' ends before it starts");
            }
            return new Role(title, country, start, end);
        } catch (IllegalArgumentException e) {
            throw new GazetteerFormatException(source, n, e.getMessage());
        }
    }

    private static List<String> split(String field, String separator) {
        if (field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
