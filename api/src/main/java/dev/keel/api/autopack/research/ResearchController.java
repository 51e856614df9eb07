package dev.keel.api.autopack.research;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.StrictString;
import dev.keel.domain.autopack.research.ResearchSession;
import dev.keel.domain.autopack.research.ResearchSessions;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Research sessions (experimental, /research/*), stored per organization. On unless AUTOPACK_ENV=production, where
 * RESEARCH_API_ENABLED (1, true, yes, enabled) must turn it on; otherwise 503.
 */
@RestController
@Tag(name = "autopack")
public class ResearchController {
    private static final Set<String> ON = Set.of("1", "true", "yes", "enabled");

    private final ResearchSessions sessions;
    private final boolean enabled;

    public ResearchController(ResearchSessions sessions, @Value("${RESEARCH_API_ENABLED:}") String flag,
                              @Value("${AUTOPACK_ENV:development}") String environment) {
        this.sessions = sessions;
        this.enabled = ON.contains(flag.strip().toLowerCase(Locale.ROOT))
                || !"production".equalsIgnoreCase(environment.strip());
    }

    @Schema(example = """
            {"topic": "Flaky CI", "description": "Why do phase 6 builds time out?"}""")
    record ResearchSessionRequest(
            @NotBlank(message = "a non-blank string is required") @Size(max = 500, message = "at most 500 characters")
            @JsonDeserialize(using = StrictString.class) String topic,
            @NotBlank(message = "a non-blank string is required") @Size(max = 10_000, message = "at most 10000 characters")
            @JsonDeserialize(using = StrictString.class) String description) {
    }

    record ResearchSessionResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "session_1")
                                   String sessionId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String topic,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description) {
        static ResearchSessionResponse of(ResearchSession s) {
            return new ResearchSessionResponse("session_" + s.id(), s.status(), s.createdAt(), s.topic(),
                    s.description());
        }
    }

    @GetMapping("/research/sessions")
    @ApiError(status = 503, description = "The research API is disabled")
    public List<ResearchSessionResponse> list(Caller caller) {
        requireEnabled();
        return sessions.list(caller.orgId(), 500).stream().map(ResearchSessionResponse::of).toList();
    }

    @PostMapping("/research/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiError(status = 503, description = "The research API is disabled")
    public ResearchSessionResponse create(Caller caller, @Valid @RequestBody ResearchSessionRequest body) {
        requireEnabled();
        return ResearchSessionResponse.of(sessions.create(caller.orgId(), body.topic(), body.description()));
    }

    @GetMapping("/research/sessions/{session_id}")
    @ApiError(status = 503, description = "The research API is disabled")
    public ResearchSessionResponse get(Caller caller, @PathVariable("session_id") String sessionId) {
        requireEnabled();
        long id;
        try {
            id = sessionId.startsWith("session_") ? Long.parseLong(sessionId.substring(8)) : -1;
        } catch (NumberFormatException e) {
            id = -1;
        }
        return sessions.find(caller.orgId(), id).map(ResearchSessionResponse::of)
                .orElseThrow(() -> ApiException.notFound("Session not found"));
    }

    private void requireEnabled() {
        if (!enabled) {
            throw ApiException.unavailable("Research API is disabled in production (set RESEARCH_API_ENABLED=1)");
        }
    }
}
