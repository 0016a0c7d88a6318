package dev.whosaid.gazetteer;

/** A gazetteer file that does not follow the format; the message names the file and the line. */
public final class GazetteerFormatException extends IllegalArgumentException {
    public GazetteerFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
    }
}
