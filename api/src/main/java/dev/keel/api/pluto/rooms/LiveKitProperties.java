package dev.keel.api.pluto.rooms;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** LiveKit credentials ({@code keel.livekit.*}): LIVEKIT_API_KEY, LIVEKIT_API_SECRET, LIVEKIT_URL; unset = off. */
@ConfigurationProperties("keel.livekit")
public record LiveKitProperties(String apiKey, String apiSecret, String url) {
}
