package dev.keel.integrations.realtime;

import dev.keel.integrations.fakes.FakeOpenAiRealtimeServer;
import dev.keel.integrations.http.ProviderException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.integrations.http.ProviderException.Kind;
import dev.keel.integrations.realtime.RealtimeSessionClient.RealtimeSession;
import dev.keel.integrations.realtime.RealtimeSettings.RealtimeConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RealtimeSessionClientTest {
    private static final FakeOpenAiRealtimeServer OPENAI = new FakeOpenAiRealtimeServer("sk-test-realtime");
    private final RealtimeSessionClient client = new RealtimeSessionClient();

    @AfterEach
    void reset() {
        OPENAI.reset();
        OPENAI.gaOnly(false);
    }

    @AfterAll
    static void stop() {
        OPENAI.close();
    }

    private static RealtimeConfig config(String key, String voice) {
        return new RealtimeConfig(key, OPENAI.baseUrl(), "gpt-4o-realtime-preview", voice, Duration.ofMillis(800));
    }

    @Test
    void createsASessionAndReturnsItsEphemeralSecret() {
        RealtimeSession session = client.create(config("sk-test-realtime", "alloy"), "Be brief.");
        assertThat(session.id()).startsWith("sess_");
        assertThat(session.clientSecret()).startsWith("ek_");
        assertThat(session.model()).isEqualTo("gpt-4o-realtime-preview");
        assertThat(session.modalities()).isEqualTo(List.of("audio", "text"));
        assertThat(session.clientSecretExpiresAt()).isAfter(Instant.now());
        var sent = OPENAI.last("/v1/realtime/sessions");
        assertThat(sent.authorization()).isEqualTo("Bearer sk-test-realtime");
        assertThat(sent.json().toString()).isEqualTo("{\"model\":\"gpt-4o-realtime-preview\","
                + "\"modalities\":[\"audio\",\"text\"],\"instructions\":\"Be brief.\",\"voice\":\"alloy\"}");
    }

    @Test
    void fallsBackToTheGaClientSecretsEndpointWhenTheBetaOneIsGone() {
        OPENAI.gaOnly(true);
        RealtimeSession session = client.create(config("sk-test-realtime", "alloy"), "Be brief.");
        assertThat(session.clientSecret()).startsWith("ek_");
        assertThat(session.id()).startsWith("sess_");
        assertThat(session.clientSecretExpiresAt()).isAfter(Instant.now());
        var sent = OPENAI.last("/v1/realtime/client_secrets");
        assertThat(sent.authorization()).isEqualTo("Bearer sk-test-realtime");
        assertThat(sent.json().toString()).isEqualTo("{\"session\":{\"type\":\"realtime\","
                + "\"model\":\"gpt-4o-realtime-preview\",\"instructions\":\"Be brief.\","
                + "\"audio\":{\"output\":{\"voice\":\"alloy\"}}}}");
    }

    @Test
    void classifiesFailuresWithOpenAisMessage() {
        assertFailure(config(null, "alloy"), Kind.NOT_CONFIGURED, "OpenAI Realtime is not configured: set OPENAI_API_KEY");
        assertFailure(config("sk-wrong", "alloy"), Kind.CREDENTIALS_REFUSED,
                "OpenAI Realtime refused the credentials (HTTP 401); check OPENAI_API_KEY: Incorrect API key");
        assertFailure(config("sk-test-realtime", "robot"), Kind.REJECTED,
                "OpenAI Realtime rejected the request (HTTP 400): Invalid value for 'voice'");
        OPENAI.fail(503);
        assertFailure(config("sk-test-realtime", "alloy"), Kind.PROVIDER_ERROR,
                "OpenAI Realtime failed (HTTP 503): The server had an error");
        OPENAI.reset();
        OPENAI.stall(Duration.ofSeconds(3));
        assertFailure(config("sk-test-realtime", "alloy"), Kind.UNREACHABLE, "did not answer within");
    }

    private void assertFailure(RealtimeConfig config, Kind kind, String message) {
        assertThatThrownBy(() -> client.create(config, "x"))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain("sk-test-realtime");
                });
    }
}
