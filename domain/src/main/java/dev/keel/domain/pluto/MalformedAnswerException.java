package dev.keel.domain.pluto;

/** An LLM answer or a client document that does not have the expected shape; the message names the field. */
public class MalformedAnswerException extends IllegalArgumentException {
    public MalformedAnswerException(String message) {
        super(message);
    }
}
