package dev.keel.api.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: title, version, security schemes, the product tags and the error schema.
 * Per-operation tags, security and error responses come from {@link OpenApiOperations}; the schema rules from
 * {@link OpenApiSchemas}. Conventions: docs/API-CONTRACT.md.
 */
@Configuration
public class OpenApiConfig {
    public static final String BEARER = "bearer";
    public static final String API_KEY = "api_key";
    public static final String STREAM_TICKET = "stream_ticket";
    public static final String ERROR_SCHEMA = "ErrorBody";

    /** The product tags, one per product area; an operation carries exactly one of them. */
    public static final Map<String, String> TAGS = tags();

    private static final String DESCRIPTION = """
            Keel: durable workflows (Temporal) behind the recruiting, Pluto, benchmark studio and Autopack products.
            Authenticate with a Bearer access token (POST /api/auth/login) or an `X-API-Key`.
            JSON is snake_case; every error is `{"detail": "..."}` with a 4xx (503 when a dependency is down).""";

    @Bean
    OpenAPI keelOpenApi(@Value("${keel.version}") String version) {
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("Access token from /api/auth/login or a CLI token"))
                .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-API-Key").description("An organization's API key"))
                .addSecuritySchemes(STREAM_TICKET, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.QUERY).name("ticket")
                        .description("Short-lived ticket from POST /api/runs/{run_id}/stream-ticket, for EventSource"))
                .addSchemas(ERROR_SCHEMA, new ObjectSchema().addProperty("detail", new StringSchema())
                        .addRequiredItem("detail").description("Every Keel error"));
        return new OpenAPI()
                .info(new Info().title("Keel").version(version).description(DESCRIPTION))
                .components(components)
                .tags(TAGS.entrySet().stream().map(e -> new Tag().name(e.getKey()).description(e.getValue())).toList());
    }

    private static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("recruiting", "Jobs, candidates, applications, matching and the recruiter agent (seed 000)");
        tags.put("pluto", "Candidate scoring, intake, interviews and analytics (seed 002)");
        tags.put("studio", "LLM Benchmark Studio (seed 001): providers, models, keys, benchmark runs, history,"
                + " analytics, exports, settings, admin");
        tags.put("autopack", "Autopack executors");
        tags.put("approvals", "Human approvals and governance requests");
        tags.put("identity", "Accounts, sessions, tokens and API keys");
        tags.put("platform", "Health and liveness");
        tags.put("runs", "Workflow runs of the organization and their event streams");
        return Collections.unmodifiableMap(tags);
    }
}
