package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import org.junit.jupiter.api.Test;

class RefreshIT extends KeelApiTest {
    private Response refresh(String cookie) {
        return http().header("Cookie", "refresh_token=" + cookie).post("/api/auth/refresh", null, "");
    }

    @Test
    void rotatesRefreshCookieOnEveryUse() {
        Response registered = Accounts.register(http(), Accounts.email("rotate"));
        String first = Accounts.refreshCookie(registered);
        Response refreshed = refresh(first);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.json().path("token_type").asString()).isEqualTo("bearer");
        assertThat(refreshed.json().path("user").path("id").asLong())
                .isEqualTo(registered.json().path("user").path("id").asLong());
        String second = Accounts.refreshCookie(refreshed);
        assertThat(second).isNotEqualTo(first);
        assertThat(http().bearer(refreshed.json().path("access_token").asString()).get("/api/auth/me").status())
                .isEqualTo(200);
        Response third = refresh(second);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void revokesFamilyOnRefreshReuse() {
        String first = Accounts.refreshCookie(Accounts.register(http(), Accounts.email("reuse")));
        String second = Accounts.refreshCookie(refresh(first));
        Response reuse = refresh(first);
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.detail()).contains("reuse");
        Response newest = refresh(second);
        assertThat(newest.status()).isEqualTo(401);
        assertThat(newest.detail()).isNotBlank();
    }

    @Test
    void rejectsMissingOrUnknownRefreshCookie() {
        Response missing = http().post("/api/auth/refresh", null, "");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.detail()).isEqualTo("Missing refresh token");
        assertThat(refresh("made-up-token").status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesFamilyAndClearsCookie() {
        Response registered = Accounts.register(http(), Accounts.email("logout"));
        String cookie = Accounts.refreshCookie(registered);
        Response logout = http().header("Cookie", "refresh_token=" + cookie).post("/api/auth/logout", null, "");
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json().path("status").asString()).isEqualTo("ok");
        assertThat(logout.header("Set-Cookie")).startsWith("refresh_token=;").contains("Max-Age=0");
        assertThat(refresh(cookie).status()).isEqualTo(401);
        assertThat(http().post("/api/auth/logout", null, "").status()).isEqualTo(200);
    }
}
