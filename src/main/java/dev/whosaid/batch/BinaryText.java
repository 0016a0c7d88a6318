package dev.whosaid.batch;

/**
 * Tells a text from binary data that reached us as one: an image, a PDF or a compressed file saved as
 * {@code .txt}, or bytes stuffed into a JSON string. Such input has no quotes to find, and analysing it
 * wastes minutes on "sentences" of debris; a batch says so with an error line instead.
 */
final class BinaryText {
    /** Below this many odd characters a text is damaged at most; the normalizer cleans that up. */
    private static final int MIN_ODD = 8;

    private BinaryText() {
    }

    /**
     * True if more than a tenth of the characters are NUL, control characters other than white space,
     * or the replacement character that a failed decoding leaves; real news, however damaged, has
     * almost none.
     */
    static boolean isBinary(CharSequence text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isOdd(text.charAt(i))) {
                odd++;
            }
        }
        return odd >= MIN_ODD && odd * 10L > text.length();
    }

    private static boolean isOdd(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B;
        }
        return (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
    }
}
