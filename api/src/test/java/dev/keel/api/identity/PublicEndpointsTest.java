package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicEndpointsTest {
    @Test
    void onlyTheListedMethodAndPathArePublic() {
        assertThat(PublicEndpoints.isPublic("POST", "/api/auth/login", Set.of())).isTrue();
        assertThat(PublicEndpoints.isPublic("GET", "/api/auth/login", Set.of())).isFalse();
        assertThat(PublicEndpoints.isPublic("HEAD", "/health", Set.of())).isTrue();
        assertThat(PublicEndpoints.isPublic("DELETE", "/health", Set.of())).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/health/", Set.of())).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/api/intake/abc/validate", Set.of())).isTrue();
        assertThat(PublicEndpoints.isPublic("GET", "/api/intake/abc/other", Set.of())).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/actuator/prometheus", Set.of())).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/actuator/health/liveness", Set.of())).isTrue();
    }

    @Test
    void theRunEventStreamIsPublicOnlyWithATicket() {
        assertThat(PublicEndpoints.isPublic("GET", "/api/runs/7/events", Set.of())).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/api/runs/7/events", Set.of("ticket"))).isTrue();
        assertThat(PublicEndpoints.isPublic("POST", "/api/runs/7/stream-ticket", Set.of("ticket"))).isFalse();
    }
}
