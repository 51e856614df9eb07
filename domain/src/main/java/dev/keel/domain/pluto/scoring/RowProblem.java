package dev.keel.domain.pluto.scoring;

/** A problem with one row that did not stop the read; column is null when it concerns the row. */
public record RowProblem(long rowNumber, Type type, String column, String message) {
    public enum Type {
        /** The enrichment cell is not usable JSON: the row is kept, its enrichment ignored. */
        BROKEN_ENRICHMENT,
        /** years_sales_experience is not a number in 0..80: treated as missing. */
        INVALID_YEARS,
        /** A cell longer than the limit: truncated (an enrichment cell is ignored instead). */
        CELL_TOO_LONG,
        /** More cells than header columns: the extra cells are dropped. */
        EXTRA_CELLS
    }
}
