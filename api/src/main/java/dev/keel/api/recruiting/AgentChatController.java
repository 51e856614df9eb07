package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The recruiter agent's chat endpoint (seed 000, section 6). */
@RestController
public class AgentChatController {
    private final RecruiterAgent agent;

    public AgentChatController(RecruiterAgent agent) {
        this.agent = agent;
    }

    public record ChatOut(String reply) {
    }

    @PostMapping("/api/v1/agent/chat")
    @Operation(description = "message is required; conversation_id and mode are accepted and currently unused."
            + " Unknown requests get the help text.")
    public ChatOut chat(Caller caller, @RequestBody JsonNode body) {
        JsonBody b = new JsonBody(body);
        String message = b.text("message", null);
        b.text("mode", null);
        if (message == null) {
            throw ApiException.unprocessable("message: field required");
        }
        return new ChatOut(agent.reply(caller, message));
    }
}
