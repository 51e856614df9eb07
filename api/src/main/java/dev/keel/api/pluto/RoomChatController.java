package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.BriefJson;
import dev.keel.domain.pluto.InterviewBriefRepository;
import dev.keel.integrations.llm.LlmMessage;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Chat with the interview assistant of a room, briefed with the given context or the room's pre-brief. */
@RestController
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

    public record ChatOut(String response) {
    }

    @PostMapping("/api/rooms/{roomName}/chat")
    @Operation(description = "message required (at most 4,000 characters); context optional (else the room's"
            + " stored pre-brief); history optional list of {role: user|assistant, content}, last 20 sent.")
    public ChatOut chat(Caller caller, @PathVariable String roomName, @RequestBody JsonNode body) {
        String room = PlutoBody.room(roomName);
        PlutoBody b = new PlutoBody(body);
        String message = b.required("message", MAX_MESSAGE_CHARS);
        String context = b.optional("context", PlutoBody.MAX_DOCUMENT_CHARS);
        List<LlmMessage> history = history(b.node("history"));
        if (context == null) {
            context = briefs.roomPrebrief(caller.orgId(), room).map(BriefJson::write).orElse(null);
        }
        return new ChatOut(chat.reply(context, history, message));
    }

    static List<LlmMessage> history(JsonNode node) {
        List<LlmMessage> turns = new ArrayList<>();
        if (node == null) {
            return turns;
        }
        if (!node.isArray() || node.size() > MAX_HISTORY_ITEMS) {
            throw ApiException.unprocessable("history: must be a list of at most " + MAX_HISTORY_ITEMS
                    + " {role, content} objects");
        }
        for (JsonNode item : node) {
            JsonNode role = item.get("role");
            JsonNode content = item.get("content");
            if (!item.isObject() || role == null || !role.isString() || content == null || !content.isString()) {
                throw ApiException.unprocessable("history: each item needs a string role and a string content");
            }
            String text = PlutoBody.bounded("history.content", content.stringValue(), MAX_MESSAGE_CHARS);
            switch (role.stringValue()) {
                case "user" -> turns.add(LlmMessage.user(text != null ? text : "(empty)"));
                case "assistant" -> turns.add(LlmMessage.assistant(text != null ? text : "(empty)"));
                default -> throw ApiException.unprocessable("history.role: must be 'user' or 'assistant'");
            }
        }
        return turns.size() <= HISTORY_SENT ? turns : List.copyOf(turns.subList(turns.size() - HISTORY_SENT,
                turns.size()));
    }
}
