package dev.keel.api.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code keel.identity.*}). {@code trustForwardedFor} makes the login limiter key on the
 * first X-Forwarded-For address; enable it only behind a proxy that overwrites that header.
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
        @DefaultValue("PT5M") Duration loginWindow,
        @DefaultValue("PT15M") Duration loginLockout) {
}
