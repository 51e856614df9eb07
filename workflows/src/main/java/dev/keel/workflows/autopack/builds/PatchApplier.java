package dev.keel.workflows.autopack.builds;

import io.temporal.activity.ActivityInterface;

/**
 * Governed apply of a maintenance run's patch in the configured repository (REPO_PATH). Refuses protected paths;
 * {@code git apply --check}, then {@code git apply}, else {@code git apply --3way}; any failure restores the
 * touched files and the index and is a non-retryable VALIDATION failure whose message starts "Invalid patch".
 */
@ActivityInterface(namePrefix = "AutopackPatch")
public interface PatchApplier {
    void apply(long runPk, String sha256);
}
