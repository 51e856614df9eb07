package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import io.livekit.server.AccessToken;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Mints LiveKit access tokens with the livekit-server SDK: HS256 with LIVEKIT_API_SECRET, iss = LIVEKIT_API_KEY,
 * sub = identity, name, video grant {roomJoin, room}, nbf/exp from the ttl. Unconfigured: 503 naming the variables.
 */
@Component
public class LiveKitTokens {
    private final LiveKitSettings settings;

    public LiveKitTokens(LiveKitSettings settings) {
        this.settings = settings;
    }

    public record Minted(String token, String livekitUrl) {
    }

    /** Fails with 503 unless LiveKit is configured; returns the settings to use. */
    public LiveKitSettings.Snapshot requireConfigured() {
        LiveKitSettings.Snapshot current = settings.current();
        if (!current.missing().isEmpty()) {
            throw ApiException.unavailable("LiveKit is not configured: set " + String.join(", ", current.missing()));
        }
        return current;
    }

    public Minted mint(String identity, String name, String room, Duration ttl) {
        LiveKitSettings.Snapshot config = requireConfigured();
        AccessToken token = new AccessToken(config.apiKey(), config.apiSecret());
        token.setIdentity(identity);
        token.setName(name);
        token.setTtl(ttl.toMillis());
        token.addGrants(new RoomJoin(true), new RoomName(room));
        try {
            return new Minted(token.toJwt(), config.url());
        } catch (IllegalArgumentException e) {
            throw ApiException.unavailable("LiveKit is misconfigured: LIVEKIT_API_SECRET cannot sign tokens");
        }
    }
}
