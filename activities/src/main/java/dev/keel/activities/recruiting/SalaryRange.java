package dev.keel.activities.recruiting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Salary ranges such as "$150,000 - $190,000", "€80k-€95k" or "120 to 140k GBP". */
final class SalaryRange {
    private static final Pattern SALARY = Pattern.compile("([$€£]|USD|EUR|GBP|CAD)?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?([kK])?"
            + "\\s*(?:-|–|—|to)\\s*([$€£])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?([kK])?\\s*(USD|EUR|GBP|CAD)?");

    private SalaryRange() {
    }

    /** Fills range[0..1] with the first plausible salary range and returns its currency (USD when none). */
    static String find(String t, Integer[] range) {
        Matcher m = SALARY.matcher(t);
        while (m.find()) {
            String symbol = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(7);
            boolean thousands = m.group(3) != null || m.group(6) != null;
            if (symbol == null && !thousands) {
                continue;
            }
            long min = amount(m.group(2), m.group(3) != null || m.group(6) != null);
            long max = amount(m.group(5), m.group(6) != null);
            if (min >= 1000 && max >= min && max < 100_000_000) {
                range[0] = (int) min;
                range[1] = (int) max;
                return currency(symbol);
            }
        }
        return "USD";
    }

    private static long amount(String digits, boolean thousands) {
        double value = Double.parseDouble(digits.replace(",", ""));
        return Math.round(thousands ? value * 1000 : value);
    }

    private static String currency(String symbol) {
        if (symbol == null || symbol.equals("$")) {
            return "USD";
        }
        return switch (symbol) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> symbol;
        };
    }
}
