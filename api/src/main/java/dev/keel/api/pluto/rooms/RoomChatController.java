package dev.keel.api.pluto.rooms;

import dev.keel.api.pluto.PlutoTexts;
import dev.keel.api.pluto.StrictText;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.domain.pluto.briefs.BriefJson;
import dev.keel.domain.pluto.briefs.InterviewBriefRepository;
import dev.keel.integrations.llm.LlmMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Chat with the interview assistant of a room, briefed with the given context or the room's pre-brief. */
@RestController
@Tag(name = "pluto")
public class RoomChatController {
    static final int MAX_MESSAGE_CHARS = 4_000;
    static final int MAX_HISTORY_ITEMS = 100;
    /** Only the last turns are sent to the model. */
    static final int HISTORY_SENT = 20;

    private final InterviewBriefRepository briefs;
    private final RoomChat chat;

    public RoomChatController(InterviewBriefRepository briefs, RoomChat chat) {
        this.briefs = briefs;
        this.chat = chat;
    }

    /** message over 4,000 characters and context over 50,000 are 413; a blank context is no context. */
    @Schema(example = """
            {"message": "What should I ask about their experience?", "context": "Optional briefing context",
             "history": [{"role": "user", "content": "Who is the candidate?"},
                         {"role": "assistant", "content": "An AE with five years in fintech."}]}""")
    public record RoomChatRequest(
            @StrictText @NotBlank(message = PlutoTexts.REQUIRED) @Size(max = MAX_MESSAGE_CHARS) String message,
            @StrictText @Size(max = PlutoTexts.MAX_DOCUMENT_CHARS) String context,
            @Size(max = MAX_HISTORY_ITEMS, message = "must be a list of at most {max} {role, content} objects")
            List<@NotNull(message = "each item must be a {role, content} object") @Valid RoomChatTurn> history) {
        public RoomChatRequest {
            message = PlutoTexts.document("message", message, MAX_MESSAGE_CHARS);
            context = PlutoTexts.document("context", context, PlutoTexts.MAX_DOCUMENT_CHARS);
        }
    }

    /** An earlier turn; a blank content is sent as "(empty)". */
    public record RoomChatTurn(
            @StrictText @NotNull(message = "each item needs a string role and a string content")
            @Pattern(regexp = "user|assistant", message = "must be 'user' or 'assistant'")
            @Schema(allowableValues = {"user", "assistant"}) String role,
            @StrictText @NotNull(message = "each item needs a string role and a string content")
            @Size(max = MAX_MESSAGE_CHARS) String content) {
        public RoomChatTurn {
            PlutoTexts.document("history.content", content, MAX_MESSAGE_CHARS);
        }
    }

    public record RoomChatResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String response) {
    }

    @PostMapping("/api/rooms/{room_name}/chat")
    @Operation(description = "message required; context optional (else the room's stored pre-brief); history"
            + " optional list of {role: user|assistant, content}, of which the last 20 are sent.")
    @ApiError(status = 502, description = "The LLM provider refused the credentials or failed")
    @ApiError(status = 503, description = "No LLM is configured, or the provider is rate limiting")
    @ApiError(status = 504, description = "The LLM did not answer in time")
    public RoomChatResponse chat(Caller caller, @PathVariable("room_name") String roomName,
                             @Valid @RequestBody RoomChatRequest body) {
        String room = PlutoTexts.room(roomName);
        String context = body.context();
        if (context == null) {
            context = briefs.roomPrebrief(caller.orgId(), room).map(BriefJson::write).orElse(null);
        }
        return new RoomChatResponse(chat.reply(context, history(body.history()), body.message()));
    }

    static List<LlmMessage> history(List<RoomChatTurn> history) {
        List<LlmMessage> turns = new ArrayList<>();
        if (history == null) {
            return turns;
        }
        for (RoomChatTurn turn : history) {
            String text = turn.content().isBlank() ? "(empty)" : turn.content();
            turns.add(turn.role().equals("user") ? LlmMessage.user(text) : LlmMessage.assistant(text));
        }
        return turns.size() <= HISTORY_SENT ? turns : List.copyOf(turns.subList(turns.size() - HISTORY_SENT,
                turns.size()));
    }
}
