package dev.keel.domain.pluto.scoring;

/** Upload limits: bytes of the raw file, data rows after the header, characters per cell. */
public record PlutoCsvLimits(long maxBytes, int maxRows, int maxCellChars) {
    public static final PlutoCsvLimits DEFAULTS = new PlutoCsvLimits(10L * 1024 * 1024, 5_000, 32_768);

    public PlutoCsvLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
