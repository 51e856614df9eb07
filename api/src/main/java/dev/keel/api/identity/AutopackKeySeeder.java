package dev.keel.api.identity;

import dev.keel.domain.identity.ApiKeyRepository;
import dev.keel.domain.identity.OrganizationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** When AUTOPACK_API_KEY is set, ensures that key exists (idempotently), owned by the "Autopack" organization. */
@Component
public class AutopackKeySeeder implements ApplicationRunner {
    public static final String ORG_NAME = "Autopack";

    private final ApiKeyRepository apiKeys;
    private final OrganizationRepository organizations;
    private final String configuredKey;

    public AutopackKeySeeder(ApiKeyRepository apiKeys, OrganizationRepository organizations,
                             @Value("${AUTOPACK_API_KEY:}") String configuredKey) {
        this.apiKeys = apiKeys;
        this.organizations = organizations;
        this.configuredKey = configuredKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            ensureKey(configuredKey.trim());
        }
    }

    public void ensureKey(String rawKey) {
        long orgId = organizations.findOrCreateByName(ORG_NAME);
        apiKeys.insertIfAbsent(orgId, "AUTOPACK_API_KEY", Hashes.sha256Hex(rawKey));
    }
}
