package dev.keel.activities.autopack.builds;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The repository maintenance patches are applied in (REPO_PATH), empty when none is configured. */
@Component
public class PatchRepository {
    private final AutopackRepoSettings settings;

    public PatchRepository(AutopackRepoSettings settings) {
        this.settings = settings;
    }

    public Optional<Path> current() {
        String path = settings.path();
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }
}
