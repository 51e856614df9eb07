package dev.keel.api.autopack.operator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** AUTONOMOUS_RUNS_DIR: the root of the executor's run directories; unset = runs have no artifacts. */
@ConfigurationProperties("keel.autopack.artifacts")
public record ArtifactSettings(String runsDir) {
}
