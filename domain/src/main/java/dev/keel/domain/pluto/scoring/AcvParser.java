package dev.keel.domain.pluto.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds contract values in free text: an amount right before or right after "ACV", "average /
 * annual contract value" or "deal size(s)", e.g. "$120k ACV", "$80K+ ACV", "ACV of 80,000",
 * "deal sizes around $1.2M". Suffixes k / thousand = 1,000 and m / mm / million = 1,000,000.
 * Returns the largest amount found, 0 when none.
 */
final class AcvParser {
    private static final String AMOUNT = "\\$?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(k|mm|m|million|thousand)?\\b";
    private static final String KEYWORD = "(?:acv|average contract value|annual contract value|deal sizes?)";
    private static final Pattern BEFORE = Pattern.compile(AMOUNT + "\\s?\\+?\\s?(?:average\\s)?" + KEYWORD + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile("\\b" + KEYWORD
            + "\\s?(?:of|:|=|was|is|averaging|averaged)?\\s?(?:~|>|about|around|over|above)?\\s?" + AMOUNT,
            Pattern.CASE_INSENSITIVE);

    private AcvParser() {
    }

    static long largest(String text) {
        if (text == null) {
            return 0;
        }
        return Math.max(scan(BEFORE.matcher(text)), scan(AFTER.matcher(text)));
    }

    private static long scan(Matcher m) {
        long best = 0;
        while (m.find()) {
            double number = Double.parseDouble(m.group(1).replace(",", ""));
            String suffix = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
            double multiplier = switch (suffix) {
                case "k", "thousand" -> 1_000;
                case "m", "mm", "million" -> 1_000_000;
                default -> 1;
            };
            best = Math.max(best, Math.round(number * multiplier));
        }
        return best;
    }
}
