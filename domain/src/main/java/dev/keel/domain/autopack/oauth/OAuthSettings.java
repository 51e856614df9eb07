package dev.keel.domain.autopack.oauth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * OAuth credential refresh ({@code keel.oauth.*}): whether token endpoints may be loopback, private or link-local
 * addresses (KEEL_OAUTH_ALLOW_PRIVATE_ENDPOINTS; off, so an organization cannot make Keel call its internal network).
 */
@Validated
@ConfigurationProperties("keel.oauth")
public record OAuthSettings(@DefaultValue("false") Boolean allowPrivateEndpoints) {
}
