package dev.keel.integrations.realtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * OpenAI Realtime settings ({@code keel.pluto.realtime.*}): OPENAI_API_KEY (unset = not configured), OPENAI_API_BASE,
 * OPENAI_REALTIME_MODEL and OPENAI_REALTIME_VOICE.
 */
@ConfigurationProperties("keel.pluto.realtime")
@Validated
public record RealtimeProperties(
        String apiKey,
        @DefaultValue("https://api.openai.com/v1") String apiBase,
        @DefaultValue("gpt-4o-realtime-preview") String model,
        @DefaultValue("alloy") String voice) {
}
