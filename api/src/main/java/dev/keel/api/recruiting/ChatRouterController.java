package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The chat endpoint of the recruiting product's own front-end, which postdates the seed: the whole history in, the
 * whole history plus the reply out ({@link ChatRouter} routes the message).
 */
@RestController
@Tag(name = "recruiting")
public class ChatRouterController {
    private final ChatRouter router;

    public ChatRouterController(ChatRouter router) {
        this.router = router;
    }

    @Schema(name = "ChatMessage")
    public record ChatMessage(
            @NotNull @Pattern(regexp = "user|assistant|system", message = "must be user, assistant or system")
            @Schema(allowableValues = {"user", "assistant", "system"}) @JsonDeserialize(using = StrictString.class)
            String role,
            @NotNull @JsonDeserialize(using = StrictString.class) String content) {
    }

    @Schema(name = "ChatRouterRequest", example = """
            {"message": "start job questions", "messages": [{"role": "user", "content": "start job questions"}],
             "user_type": "job_poster", "qna_mode": false, "current_question_id": null}""")
    public record ChatRouterRequest(
            @NotNull @Size(max = 20_000) @JsonDeserialize(using = StrictString.class) String message,
            @Schema(description = "The conversation so far, as the front-end shows it (its last item may be this"
                    + " message)") @Valid List<@NotNull ChatMessage> messages,
            @Schema(description = "job_seeker gets the job-search questions; anything else the job poster's")
            @JsonDeserialize(using = StrictString.class) String userType,
            @Schema(description = "True while the guided question flow runs") Boolean qnaMode,
            @Schema(description = "The question the message answers, as returned by the last reply")
            @JsonDeserialize(using = StrictString.class) String currentQuestionId) {
    }

    @Schema(name = "ChatRouterMetadata")
    public record Metadata(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"agent", "qna", "scheduling"}) String routeDecision) {
    }

    @Schema(name = "ChatRouterOut")
    public record ChatRouterOut(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ChatMessage> messages,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean qnaMode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String currentQuestionId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String qnaTreeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Metadata metadata) {
    }

    @PostMapping("/api/v1/chat/router")
    @ApiError(status = 403, description = "The question flow was asked for with an API key (it saves answers per"
            + " user), or the token was rejected")
    @ApiError(status = 422, description = "A missing message, a wrong type, an unknown role or current_question_id")
    @Operation(summary = "Chat through the router (the original front-end's chat page)", description = "'start job"
            + " questions' runs a guided question flow, one question at a time: the reply's qna_mode and"
            + " current_question_id go back with the next message, which is saved as the answer ('stop' leaves)."
            + " Scheduling requests get proposed slots. Anything else goes to the recruiter agent, as"
            + " /api/v1/agent/chat. The reply is appended to the history sent.")
    public ChatRouterOut route(Caller caller, @Valid @RequestBody ChatRouterRequest body) {
        ChatRouter.Routed routed = router.route(caller, body.message(), body.userType(),
                Boolean.TRUE.equals(body.qnaMode()), body.currentQuestionId());
        List<ChatMessage> history = new ArrayList<>(body.messages() == null ? List.of() : body.messages());
        ChatMessage asked = new ChatMessage("user", body.message());
        if (history.isEmpty() || !history.get(history.size() - 1).equals(asked)) {
            history.add(asked);
        }
        history.add(new ChatMessage("assistant", routed.reply()));
        return new ChatRouterOut(history, routed.qnaMode(), routed.currentQuestionId(), routed.qnaTreeId(),
                new Metadata(routed.route()));
    }
}
