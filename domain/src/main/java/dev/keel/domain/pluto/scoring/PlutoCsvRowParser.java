package dev.keel.domain.pluto.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns one record's cells into a PlutoCsvRow, adding problems instead of throwing. */
final class PlutoCsvRowParser {
    static final double MAX_YEARS = 80;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

    private PlutoCsvRowParser() {
    }

    static PlutoCsvRow parse(long rowNumber, List<String> cells, PlutoCsvHeader header, int maxCellChars,
            List<RowProblem> problems) {
        List<String> columns = header.columns();
        if (cells.size() > columns.size()) {
            problems.add(new RowProblem(rowNumber, RowProblem.Type.EXTRA_CELLS, null,
                    (cells.size() - columns.size()) + " cell(s) beyond the header were dropped"));
        }
        Map<String, String> known = new HashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        boolean enrichmentTooLong = false;
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String value = i < cells.size() ? cells.get(i) : null;
            if (value != null && value.length() > maxCellChars) {
                boolean isEnrichment = column.equals(PlutoCsvColumns.ENRICHMENT);
                enrichmentTooLong |= isEnrichment;
                problems.add(new RowProblem(rowNumber, RowProblem.Type.CELL_TOO_LONG, column, "cell has "
                        + value.length() + " characters, limit " + maxCellChars
                        + (isEnrichment ? "; enrichment ignored" : "; truncated")));
                value = value.substring(0, maxCellChars);
            }
            if (PlutoCsvColumns.KNOWN.contains(column)) {
                known.put(column, blankToNull(value));
            } else {
                extra.put(column, value == null ? "" : value);
            }
        }
        Enrichment enrichment = Enrichment.EMPTY;
        if (!enrichmentTooLong) {
            try {
                enrichment = EnrichmentParser.parse(known.get(PlutoCsvColumns.ENRICHMENT)).orElse(Enrichment.EMPTY);
            } catch (EnrichmentParser.InvalidEnrichment e) {
                problems.add(new RowProblem(rowNumber, RowProblem.Type.BROKEN_ENRICHMENT, PlutoCsvColumns.ENRICHMENT,
                        e.getMessage() + "; enrichment ignored"));
            }
        }
        return new PlutoCsvRow(rowNumber, known.get(PlutoCsvColumns.NAME), known.get(PlutoCsvColumns.JOB_TITLE),
                known.get(PlutoCsvColumns.LOCATION_CITY), known.get(PlutoCsvColumns.LOCATION_STATE),
                years(rowNumber, known.get(PlutoCsvColumns.YEARS), problems), known.get(PlutoCsvColumns.HEADLINE),
                enrichment, extra);
    }

    /** A plain non-negative decimal ("7", "2.5") up to 80; anything else is reported and missing. */
    static Double years(long rowNumber, String raw, List<RowProblem> problems) {
        if (raw == null) {
            return null;
        }
        if (NUMBER.matcher(raw).matches()) {
            double years = Double.parseDouble(raw);
            if (years <= MAX_YEARS) {
                return years;
            }
        }
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
        problems.add(new RowProblem(rowNumber, RowProblem.Type.INVALID_YEARS, PlutoCsvColumns.YEARS,
                "'" + shown + "' is not a number of years in 0.." + (int) MAX_YEARS + "; treated as missing"));
        return null;
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
