package dev.keel.api.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code keel.identity.*}). {@code trustForwardedFor} makes the login limiter key on the
 * first X-Forwarded-For address; enable it only behind a proxy that overwrites that header.
 * {@code loginMaxFailures} counts per account and client address, {@code loginIpMaxFailures} per client address.
 * {@code accountRecheck} is how stale the "is this user still active" answer may be for a valid token.
 * {@code v1AccessTokenTtl} is the lifetime of the tokens /api/v1/auth/login issues: the recruiting product's own
 * front-end cannot refresh, and the original's tokens last one day; logout and deactivation still end them early.
 */
@ConfigurationProperties("keel.identity")
public record IdentityProperties(
        @DefaultValue("PT15M") Duration accessTokenTtl,
        @DefaultValue("P7D") Duration refreshTokenTtl,
        @DefaultValue("P30D") Duration cliTokenTtl,
        @DefaultValue("false") boolean cookieSecure,
        @DefaultValue("false") boolean trustForwardedFor,
        @DefaultValue("9") int bcryptCost,
        @DefaultValue("5") int loginMaxFailures,
        @DefaultValue("50") int loginIpMaxFailures,
        @DefaultValue("PT5M") Duration loginWindow,
        @DefaultValue("PT15M") Duration loginLockout,
        @DefaultValue("PT5S") Duration accountRecheck,
        @DefaultValue("P1D") Duration v1AccessTokenTtl) {
}
