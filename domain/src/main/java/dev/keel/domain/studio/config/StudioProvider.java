package dev.keel.domain.studio.config;

/** A row of {@code studio_providers}; the inline key stays encrypted ({@code apiKeyCipher}, null when unset). */
public record StudioProvider(long id, String providerKey, String displayName, String apiBase, String apiKeyEnv,
                             byte[] apiKeyCipher, String modelIdPrefix, int position) {
    public boolean hasInlineKey() {
        return apiKeyCipher != null;
    }
}
