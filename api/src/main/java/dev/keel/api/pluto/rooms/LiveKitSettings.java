package dev.keel.api.pluto.rooms;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The LiveKit credentials in effect ({@link LiveKitProperties}). */
@Component
public class LiveKitSettings {
    public record Snapshot(String apiKey, String apiSecret, String url) {
        /** The environment variables still to set, empty when configured. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (apiKey == null) {
                missing.add("LIVEKIT_API_KEY");
            }
            if (apiSecret == null) {
                missing.add("LIVEKIT_API_SECRET");
            }
            if (url == null) {
                missing.add("LIVEKIT_URL");
            }
            return missing;
        }
    }

    private final Snapshot current;

    public LiveKitSettings(LiveKitProperties properties) {
        current = new Snapshot(blankToNull(properties.apiKey()), blankToNull(properties.apiSecret()),
                blankToNull(properties.url()));
    }

    public Snapshot current() {
        return current;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
