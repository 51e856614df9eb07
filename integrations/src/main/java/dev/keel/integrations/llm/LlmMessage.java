package dev.keel.integrations.llm;

/** One turn of a conversation; role is system, user or assistant (each provider's own names are the gateway's job). */
public record LlmMessage(Role role, String content) {
    public enum Role { SYSTEM, USER, ASSISTANT }

    public LlmMessage {
        if (role == null || content == null) {
            throw new IllegalArgumentException("a message needs a role and content");
        }
    }

    public static LlmMessage system(String content) {
        return new LlmMessage(Role.SYSTEM, content);
    }

    public static LlmMessage user(String content) {
        return new LlmMessage(Role.USER, content);
    }

    public static LlmMessage assistant(String content) {
        return new LlmMessage(Role.ASSISTANT, content);
    }
}
