package dev.keel.api.runs;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunStatus;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TerminatedFailure;
import io.temporal.failure.TimeoutFailure;
import org.springframework.http.HttpStatus;

/**
 * The one mapping from a failed workflow to the API's answer: the innermost typed {@link ApplicationFailure}
 * decides (its {@code FailureType}); a run cancelled or terminated by an operator is a 409, one that timed out
 * a 504.
 */
public final class WorkflowFailures {
    public static final String MALFORMED = "LLM_MALFORMED_OUTPUT";
    /** LlmFailures.RATE_LIMITED; the suffix RateLimitException is what langchain4j's client threw before it. */
    static final String RATE_LIMITED = "LLM_RATE_LIMITED";

    private WorkflowFailures() {
    }

    /** How a workflow that ended badly closes its run: the same words the reconciler uses. */
    public static RunCloser.Abandonment abandonment(WorkflowFailedException e) {
        Throwable cause = e.getCause();
        if (cause instanceof TerminatedFailure) {
            return new RunCloser.Abandonment(RunStatus.CANCELLED, "terminated", "Terminated in Temporal"
                    + reason(cause.getMessage()));
        }
        if (cause instanceof CanceledFailure) {
            return new RunCloser.Abandonment(RunStatus.CANCELLED, "cancelled", "Cancelled in Temporal");
        }
        if (cause instanceof TimeoutFailure) {
            return new RunCloser.Abandonment(RunStatus.FAILED, "timed_out",
                    "The workflow ran past its execution timeout");
        }
        Throwable innermost = e;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        String message = innermost instanceof ApplicationFailure f ? f.getOriginalMessage() : innermost.getMessage();
        return new RunCloser.Abandonment(RunStatus.FAILED, "failed", "The workflow failed" + reason(message));
    }

    private static String reason(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }

    public static ApiException toApi(String what, WorkflowFailedException e) {
        ApplicationFailure failure = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure f && f.getType() != null) {
                failure = f;
            } else if (t instanceof CanceledFailure || t instanceof TerminatedFailure) {
                return ApiException.conflict(what + " was stopped by an operator before it finished");
            } else if (t instanceof TimeoutFailure && failure == null && t == e.getCause()) {
                return new ApiException(HttpStatus.GATEWAY_TIMEOUT, what + " ran out of time and was stopped");
            }
        }
        if (failure == null) {
            return new ApiException(HttpStatus.BAD_GATEWAY, what + " failed");
        }
        String detail = failure.getOriginalMessage();
        return switch (failure.getType()) {
            case "VALIDATION" -> ApiException.unprocessable(detail);
            case "UNSUPPORTED_MEDIA" -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
            case "NOT_FOUND" -> ApiException.notFound(detail);
            case "CONFIGURATION" -> ApiException.unavailable(detail);
            case "AUTH" -> new ApiException(HttpStatus.BAD_GATEWAY, what + " failed: the LLM provider refused the"
                    + " credentials (check KEEL_LLM_API_KEY): " + detail);
            case MALFORMED -> new ApiException(HttpStatus.BAD_GATEWAY, what + " failed: the LLM did not answer"
                    + " usable JSON after all attempts: " + detail);
            default -> failure.getType().equals(RATE_LIMITED) || failure.getType().endsWith("RateLimitException")
                    ? new ApiException(HttpStatus.SERVICE_UNAVAILABLE, what + " failed: the LLM provider is rate"
                            + " limiting requests; try again later")
                    : new ApiException(HttpStatus.BAD_GATEWAY, what + " failed: " + detail);
        };
    }
}
