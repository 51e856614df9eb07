package dev.keel.domain.autopack.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialHealthTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void statusFollowsTheOriginalsPrecedence() {
        assertThat(status("invalid_grant", 5, NOW.plusSeconds(9999))).isEqualTo("revoked");
        assertThat(status("http_503", 3, NOW.plusSeconds(9999))).isEqualTo("refresh_failed");
        assertThat(status(null, 0, NOW.plusSeconds(59))).isEqualTo("expired");
        assertThat(status(null, 0, NOW.plusSeconds(299))).isEqualTo("refresh_pending");
        assertThat(status(null, 2, NOW.plusSeconds(301))).isEqualTo("valid");
        assertThat(CredentialHealth.unknown("x").requiresAttention()).isTrue();
    }

    @Test
    void privateTokenEndpointsAreRefusedUnlessAllowed() {
        assertThat(TokenEndpoints.problem("http://127.0.0.1:8080/token", false)).contains("private");
        assertThat(TokenEndpoints.problem("http://10.1.2.3/token", false)).contains("private");
        assertThat(TokenEndpoints.problem("http://127.0.0.1:8080/token", true)).isNull();
        assertThat(TokenEndpoints.problem("ftp://example.com/token", true)).isNotNull();
    }

    private static String status(String result, int failures, Instant expires) {
        return CredentialHealth.of(new OAuthCredential(1, 1, "p", "u", "c", null, null, "r", expires, null, result,
                failures, 0, 0), NOW).status();
    }
}
