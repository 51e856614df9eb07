package dev.keel.api.pluto.interviews;

import dev.keel.api.pluto.PlutoTexts;
import dev.keel.api.pluto.ProviderErrors;
import dev.keel.api.pluto.StrictText;
import static dev.keel.api.pluto.PlutoTexts.MAX_NAME_CHARS;
import static dev.keel.api.pluto.PlutoTexts.MAX_TEXT_CHARS;
import static dev.keel.api.pluto.PlutoTexts.NON_BLANK;

import dev.keel.integrations.http.ProviderException;
import dev.keel.integrations.realtime.RealtimeSessionClient;
import dev.keel.integrations.realtime.RealtimeSessionClient.RealtimeSession;
import dev.keel.integrations.realtime.RealtimeSettings;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.domain.pluto.rooms.InterviewInstructions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Ephemeral OpenAI Realtime sessions for the in-interview assistant (seed 002, "OpenAI Realtime"). */
@RestController
@Tag(name = "pluto")
public class RealtimeSessionController {
    private final RealtimeSettings settings;
    private final RealtimeSessionClient client;

    public RealtimeSessionController(RealtimeSettings settings, RealtimeSessionClient client) {
        this.settings = settings;
        this.client = client;
    }

    /** Texts are stripped of surrounding whitespace. */
    @Schema(example = """
            {"candidate_name": "John Doe", "role": "Account Executive", "resume": "Resume text...",
             "job_description": "JD text..."}""")
    public record RealtimeSessionRequest(
            @StrictText @NotBlank(message = NON_BLANK) @Size(max = MAX_NAME_CHARS, message = "at most {max} characters")
            String candidateName,
            @StrictText @NotBlank(message = NON_BLANK) @Size(max = MAX_NAME_CHARS, message = "at most {max} characters")
            String role,
            @StrictText @Size(max = MAX_TEXT_CHARS, message = "at most {max} characters") String resume,
            @StrictText @Size(max = MAX_TEXT_CHARS, message = "at most {max} characters") String jobDescription) {
        public RealtimeSessionRequest {
            candidateName = PlutoTexts.stripped(candidateName);
            role = PlutoTexts.stripped(role);
            resume = PlutoTexts.stripped(resume);
            jobDescription = PlutoTexts.stripped(jobDescription);
        }
    }

    /** client_secret is the ephemeral key (about a minute) a browser uses to connect to the model. */
    public record RealtimeSessionResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String clientSecret,
                                          String sessionId, String model, List<String> modalities) {
    }

    @PostMapping("/api/realtime/session")
    @Operation(description = "candidate_name and role are required; resume and job_description are optional.")
    @ApiError(status = 502, description = "OpenAI refused the key or the request")
    @ApiError(status = 503, description = "OPENAI_API_KEY is not set, or OpenAI is unavailable")
    public RealtimeSessionResponse create(Caller caller, @Valid @RequestBody RealtimeSessionRequest body) {
        var context = new InterviewInstructions.Context(body.candidateName(), body.role(), body.resume(),
                body.jobDescription(), null);
        try {
            RealtimeSession session = client.create(settings.current(), InterviewInstructions.of(context));
            return new RealtimeSessionResponse(session.clientSecret(), session.id(), session.model(),
                    session.modalities());
        } catch (ProviderException e) {
            throw ProviderErrors.toApi(e);
        }
    }
}
