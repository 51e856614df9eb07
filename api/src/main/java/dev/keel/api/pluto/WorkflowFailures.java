package dev.keel.api.pluto;

import dev.keel.api.platform.ApiException;
import dev.keel.temporal.FailureType;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import org.springframework.http.HttpStatus;

/** Maps a failed Pluto workflow to the API error: its innermost typed ApplicationFailure decides. */
final class WorkflowFailures {
    static final String MALFORMED = "LLM_MALFORMED_OUTPUT";

    private WorkflowFailures() {
    }

    static ApiException toApi(String what, WorkflowFailedException e) {
        ApplicationFailure failure = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure f && f.getType() != null) {
                failure = f;
            }
        }
        if (failure == null) {
            return new ApiException(HttpStatus.BAD_GATEWAY, what + " failed");
        }
        String type = failure.getType();
        String detail = failure.getOriginalMessage();
        if (type.equals(FailureType.NOT_FOUND.type())) {
            return ApiException.notFound(detail);
        }
        if (type.equals(FailureType.CONFIGURATION.type())) {
            return ApiException.unavailable(detail);
        }
        if (type.equals(FailureType.AUTH.type())) {
            return new ApiException(HttpStatus.BAD_GATEWAY, what + " failed: the LLM provider refused the"
                    + " credentials (check KEEL_LLM_API_KEY): " + detail);
        }
        if (type.equals(MALFORMED)) {
            return new ApiException(HttpStatus.BAD_GATEWAY, what + " failed: the LLM did not answer usable JSON"
                    + " after all attempts: " + detail);
        }
        if (type.endsWith("RateLimitException")) {
            return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, what + " failed: the LLM provider is rate"
                    + " limiting requests; try again later");
        }
        return new ApiException(HttpStatus.BAD_GATEWAY, what + " failed: LLM provider error: " + detail);
    }
}
