package dev.keel.api.pluto.rooms;

import dev.keel.api.platform.ApiException;
import io.livekit.server.AccessToken;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Mints LiveKit access tokens with the livekit-server SDK: HS256 with LIVEKIT_API_SECRET, iss = LIVEKIT_API_KEY,
 * sub = identity, name, video grant {roomJoin, room}, nbf/exp from the ttl. Unconfigured: 503 naming the variables.
 */
@Component
public class LiveKitTokens {
    private final LiveKitSettings settings;
    private final Clock clock;

    public LiveKitTokens(LiveKitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
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
        // The SDK leaves nbf out unless set; LiveKit's own SDKs send it, so do we.
        Instant now = clock.instant();
        token.setNotBefore(Date.from(now));
        token.setExpiration(Date.from(now.plus(ttl)));
        token.addGrants(new RoomJoin(true), new RoomName(room));
        try {
            return new Minted(token.toJwt(), config.url());
        } catch (IllegalArgumentException e) {
            throw ApiException.unavailable("LiveKit is misconfigured: LIVEKIT_API_SECRET cannot sign tokens");
        }
    }
}
