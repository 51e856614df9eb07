package dev.keel.api.pluto;

import dev.keel.activities.pluto.ProviderException;
import dev.keel.activities.pluto.RealtimeSessionClient;
import dev.keel.activities.pluto.RealtimeSessionClient.RealtimeSession;
import dev.keel.activities.pluto.RealtimeSettings;
import dev.keel.api.identity.Caller;
import dev.keel.domain.pluto.InterviewInstructions;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Ephemeral OpenAI Realtime sessions for the in-interview assistant (seed 002, "OpenAI Realtime"). */
@RestController
public class RealtimeSessionController {
    private final RealtimeSettings settings;
    private final RealtimeSessionClient client;

    public RealtimeSessionController(RealtimeSettings settings, RealtimeSessionClient client) {
        this.settings = settings;
        this.client = client;
    }

    /** client_secret is the ephemeral key (about a minute) a browser uses to connect to the model. */
    public record RealtimeSessionOut(String clientSecret, String sessionId, String model, List<String> modalities) {
    }

    @PostMapping("/api/realtime/session")
    @Operation(description = "candidate_name and role are required (at most 200 characters); resume and"
            + " job_description are optional (at most 20000 characters each). 503 when OPENAI_API_KEY is not set;"
            + " 502 when OpenAI refuses the key or the request.")
    public RealtimeSessionOut create(Caller caller, @RequestBody JsonNode body) {
        RequestFields fields = new RequestFields(body);
        var context = new InterviewInstructions.Context(
                fields.required("candidate_name", RequestFields.MAX_NAME_CHARS),
                fields.required("role", RequestFields.MAX_NAME_CHARS),
                fields.optional("resume", RequestFields.MAX_TEXT_CHARS),
                fields.optional("job_description", RequestFields.MAX_TEXT_CHARS), null);
        try {
            RealtimeSession session = client.create(settings.current(), InterviewInstructions.of(context));
            return new RealtimeSessionOut(session.clientSecret(), session.id(), session.model(), session.modalities());
        } catch (ProviderException e) {
            throw ProviderErrors.toApi(e);
        }
    }
}
