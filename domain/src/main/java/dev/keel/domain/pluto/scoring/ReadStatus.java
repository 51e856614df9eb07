package dev.keel.domain.pluto.scoring;

/**
 * Where a Pluto CSV read stands. Every value but OK is file-level and ends the read: rows handed
 * out before it must be discarded by the caller. An API maps TOO_LARGE to 413 and the other
 * failures to 422.
 */
public enum ReadStatus {
    OK,
    /** The bytes are not valid UTF-8 (strict decoding): the whole file is rejected. */
    INVALID_UTF8,
    /** No header row at all. */
    EMPTY_FILE,
    /** The header has neither a name column nor a crustdata_enrichment_data column. */
    MISSING_REQUIRED_COLUMNS,
    /** The same column name (case-insensitive) appears twice in the header. */
    DUPLICATE_COLUMN,
    /** The CSV syntax is broken, e.g. an unterminated quoted cell. */
    MALFORMED_CSV,
    /** More data rows than PlutoCsvLimits.maxRows. */
    TOO_MANY_ROWS,
    /** More bytes than PlutoCsvLimits.maxBytes. */
    TOO_LARGE;

    public boolean failed() {
        return this != OK;
    }
}
