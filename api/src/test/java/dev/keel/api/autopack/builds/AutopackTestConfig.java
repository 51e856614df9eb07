package dev.keel.api.autopack.builds;

import dev.keel.activities.autopack.builds.AutopackRepoSettings;
import dev.keel.activities.autopack.builds.PatchRepository;
import dev.keel.api.autopack.operator.ArtifactRoot;
import dev.keel.api.autopack.operator.ArtifactSettings;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Test-only wiring shared by every test context: the patch repository can be set per test. */
@Configuration
public class AutopackTestConfig {
    static volatile Path repository;
    static volatile Path artifacts;

    @Bean
    @Primary
    ArtifactRoot testArtifactRoot(ArtifactSettings settings) {
        return new ArtifactRoot(settings) {
            @Override
            public Optional<Path> current() {
                return artifacts != null ? Optional.of(artifacts) : super.current();
            }
        };
    }

    @Bean
    @Primary
    PatchRepository testPatchRepository(AutopackRepoSettings settings) {
        return new PatchRepository(settings) {
            @Override
            public Optional<Path> current() {
                return repository != null ? Optional.of(repository) : super.current();
            }
        };
    }
}
