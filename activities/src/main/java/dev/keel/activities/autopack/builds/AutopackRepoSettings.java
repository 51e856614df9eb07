package dev.keel.activities.autopack.builds;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** REPO_PATH: the git repository maintenance runs' patches are applied in; unset = such patches are refused. */
@ConfigurationProperties("keel.autopack.repo")
public record AutopackRepoSettings(String path) {
}
