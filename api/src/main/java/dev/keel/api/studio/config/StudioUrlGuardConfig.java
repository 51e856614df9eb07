package dev.keel.api.studio.config;

import dev.keel.domain.studio.StudioSettings;
import dev.keel.integrations.net.OutboundUrlGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SSRF guard for provider api_base URLs, with the admin's KEEL_STUDIO_ALLOW_PRIVATE_NETWORKS. */
@Configuration(proxyBeanMethods = false)
public class StudioUrlGuardConfig {
    @Bean
    OutboundUrlGuard studioUrlGuard(StudioSettings settings) {
        return new OutboundUrlGuard(settings.allowPrivateNetworks());
    }
}
