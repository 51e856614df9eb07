package dev.keel.activities.llm;

import dev.keel.integrations.llm.LlmException;
import dev.keel.temporal.FailureType;
import io.temporal.failure.ApplicationFailure;

/**
 * The gateway's classification as Temporal sees it: AUTH, BAD_REQUEST and NOT_CONFIGURED fail the same way every
 * time, so they are non-retryable with a FailureType; everything else is retried, a rate limit after the
 * provider's Retry-After.
 */
public final class LlmFailures {
    /** Failure type of malformed model output: not in FailureType, so Temporal retries it. */
    public static final String MALFORMED = "LLM_MALFORMED_OUTPUT";
    public static final String RATE_LIMITED = "LLM_RATE_LIMITED";
    public static final String UNAVAILABLE = "LLM_UNAVAILABLE";

    private LlmFailures() {
    }

    public static ApplicationFailure of(LlmException e) {
        return switch (e.kind()) {
            case AUTH -> ApplicationFailure.newNonRetryableFailure(e.getMessage(), FailureType.AUTH.type());
            case BAD_REQUEST -> ApplicationFailure.newNonRetryableFailure(e.getMessage(),
                    FailureType.UPSTREAM_REJECTED.type());
            case NOT_CONFIGURED -> ApplicationFailure.newNonRetryableFailure(e.getMessage(),
                    FailureType.CONFIGURATION.type());
            case RATE_LIMITED -> ApplicationFailure.newBuilder().setMessage(e.getMessage()).setType(RATE_LIMITED)
                    .setNextRetryDelay(e.retryAfter()).build();
            case MALFORMED -> ApplicationFailure.newFailure(e.getMessage(), MALFORMED);
            case TIMEOUT, SERVER_ERROR, UNREACHABLE, CANCELLED -> ApplicationFailure.newFailure(e.getMessage(),
                    UNAVAILABLE);
        };
    }
}
