package dev.keel.api.studio.config;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.config.ProviderKinds;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.integrations.llm.LlmEndpoint;
import dev.keel.integrations.llm.LlmProvider;
import dev.keel.integrations.net.OutboundUrlGuard;
import dev.keel.integrations.net.RefusedUrlException;
import org.springframework.stereotype.Component;

/** A configured provider as a gateway endpoint; the api_base passes the SSRF guard again (DNS may have changed). */
@Component
public class StudioProtocols {
    private final OutboundUrlGuard urlGuard;

    public StudioProtocols(OutboundUrlGuard urlGuard) {
        this.urlGuard = urlGuard;
    }

    public LlmEndpoint endpoint(StudioProvider p, String apiKey) {
        if (!p.apiBase().isBlank()) {
            try {
                urlGuard.check(p.apiBase());
            } catch (RefusedUrlException e) {
                throw ApiException.badRequest("api_base refused: " + e.getMessage());
            }
        }
        LlmProvider protocol = switch (ProviderKinds.kind(p)) {
            case "anthropic" -> LlmProvider.ANTHROPIC;
            case "google_gemini" -> LlmProvider.GEMINI;
            case "openai_compatible" -> LlmProvider.OPENAI_COMPATIBLE;
            default -> LlmProvider.OPENAI;
        };
        return LlmEndpoint.of(protocol, p.apiBase(), apiKey);
    }

    /** The model id the provider's own API knows: without this provider's prefix. */
    public static String wireModel(StudioProvider p, String modelId) {
        String prefix = p.modelIdPrefix() + "/";
        return !p.modelIdPrefix().isEmpty() && modelId.startsWith(prefix) ? modelId.substring(prefix.length())
                : modelId;
    }
}
