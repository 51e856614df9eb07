package dev.keel.api.pluto;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** LIVEKIT_API_KEY / LIVEKIT_API_SECRET / LIVEKIT_URL, read per call (tests switch them with {@link #use}). */
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

    private volatile Snapshot current;

    public LiveKitSettings(Environment env) {
        current = new Snapshot(blankToNull(env.getProperty("keel.livekit.api-key")),
                blankToNull(env.getProperty("keel.livekit.api-secret")), blankToNull(env.getProperty("keel.livekit.url")));
    }

    public Snapshot current() {
        return current;
    }

    public void use(String apiKey, String apiSecret, String url) {
        current = new Snapshot(blankToNull(apiKey), blankToNull(apiSecret), blankToNull(url));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
