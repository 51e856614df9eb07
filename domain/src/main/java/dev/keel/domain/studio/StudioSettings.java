package dev.keel.domain.studio;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Benchmark Studio ({@code keel.studio.*}): KEEL_SECRET_KEY encrypts provider keys at rest (any string; the AES-256
 * key is its SHA-256; unset: a random key generated once into the data directory), and
 * KEEL_STUDIO_ALLOW_PRIVATE_NETWORKS lets provider api_base URLs point at private and loopback addresses (local
 * model servers, test fakes); link-local and cloud metadata addresses are refused regardless.
 */
@ConfigurationProperties("keel.studio")
public record StudioSettings(String secretKey, @DefaultValue("false") Boolean allowPrivateNetworks) {
    public StudioSettings {
        secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey.trim();
        allowPrivateNetworks = allowPrivateNetworks != null && allowPrivateNetworks;
    }
}
