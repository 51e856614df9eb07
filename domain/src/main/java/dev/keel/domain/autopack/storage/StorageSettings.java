package dev.keel.domain.autopack.storage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The storage optimizer ({@code keel.storage.*}): the only directory scans may walk (AUTOPACK_STORAGE_ROOT; unset =
 * scanning is off, 503), the Steam installation to read (AUTOPACK_STEAM_PATH; unset = Steam not available), and the
 * files a walk counts per committed batch (KEEL_STORAGE_SCAN_BATCH).
 */
@Validated
@ConfigurationProperties("keel.storage")
public record StorageSettings(Path root, Path steamPath,
                              @DefaultValue("500") @Positive @Max(100_000) Integer scanBatch) {
}
