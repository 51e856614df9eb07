package dev.keel.domain.pluto.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The header row: column names trimmed, lower-cased, a leading BOM dropped; blank names become column_N. */
record PlutoCsvHeader(List<String> columns) {
    record Parsed(PlutoCsvHeader header, ReadStatus status, String message) {
    }

    static Parsed parse(List<String> cells) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (i == 0 && c.startsWith("\uFEFF")) {
                c = c.substring(1);
            }
            c = c.strip().toLowerCase(Locale.ROOT);
            if (c.isEmpty()) {
                c = "column_" + (i + 1);
            }
            if (!seen.add(c)) {
                return new Parsed(null, ReadStatus.DUPLICATE_COLUMN, "column '" + c + "' appears twice in the header");
            }
            columns.add(c);
        }
        if (!seen.contains(PlutoCsvColumns.NAME) && !seen.contains(PlutoCsvColumns.ENRICHMENT)) {
            return new Parsed(null, ReadStatus.MISSING_REQUIRED_COLUMNS,
                    "the header needs a 'name' or a 'crustdata_enrichment_data' column");
        }
        return new Parsed(new PlutoCsvHeader(List.copyOf(columns)), ReadStatus.OK, null);
    }
}
