package dev.keel.domain.pluto.interviews;

/** Quotation helpers for transcript evidence. */
final class Quotes {
    private static final String MARKS = "\"'\u201c\u201d\u2018\u2019";

    private Quotes() {
    }

    /** The text without surrounding whitespace and one pair of surrounding quotation marks. */
    static String unwrap(String quote) {
        String s = quote.strip();
        if (s.length() >= 2 && MARKS.indexOf(s.charAt(0)) >= 0 && MARKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
