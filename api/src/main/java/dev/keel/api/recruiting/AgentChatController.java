package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The recruiter agent's chat endpoint (seed 000, section 6). */
@RestController
@Tag(name = "recruiting")
public class AgentChatController {
    private final RecruiterAgent agent;

    public AgentChatController(RecruiterAgent agent) {
        this.agent = agent;
    }

    @Schema(name = "AgentChatRequest", example = """
            {"conversation_id": null, "message": "match candidates for job 5", "mode": "recruiter_assistant"}""")
    public record AgentChatRequest(@NotNull @JsonDeserialize(using = StrictString.class) String message,
                                   @Schema(description = "Accepted, currently unused") String conversationId,
                                   @Schema(defaultValue = "recruiter_assistant",
                                           description = "Accepted, currently unused")
                                   @JsonDeserialize(using = StrictString.class) String mode) {
    }

    @Schema(name = "AgentChatOut")
    public record AgentChatOut(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reply) {
    }

    @PostMapping("/api/v1/agent/chat")
    @Operation(summary = "Chat with the recruiter agent", description = "An intent router: create a job ('new job:"
            + " ...', 'open a role for ...'), list jobs / open roles, list candidates, summarize candidate N, match"
            + " candidates for job N, match jobs for candidate N, applications for job N. A command without its id"
            + " asks which one; anything else gets the help text.")
    public AgentChatOut chat(Caller caller, @Valid @RequestBody AgentChatRequest body) {
        return new AgentChatOut(agent.reply(caller, body.message()));
    }
}
