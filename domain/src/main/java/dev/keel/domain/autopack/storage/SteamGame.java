package dev.keel.domain.autopack.storage;

/** An installed Steam game read from its appmanifest; lastUpdated is epoch seconds, null when unknown. */
public record SteamGame(String appId, String name, String installPath, long sizeBytes, Long lastUpdated) {
}
