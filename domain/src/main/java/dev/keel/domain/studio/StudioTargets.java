package dev.keel.domain.studio;

import java.util.List;
import java.util.Optional;

/** The studio configuration of one user as the benchmark runs need it. */
public interface StudioTargets {
    /** The user's configured model (model ids as stored, i.e. with the provider prefix), or empty. */
    Optional<StudioTarget> find(long userId, String providerKey, String modelId);

    /** Every model of the user's config, providers and models in config order. */
    List<StudioTarget> all(long userId);

    /** The decrypted key: the user's own key for the provider, else the global (admin /api/env) key named by the
     *  provider's api_key_env, else the provider's inline key; empty when none. For activities only. */
    Optional<String> apiKey(long userId, String providerKey);
}
