package dev.keel.activities.approvals;

import dev.keel.integrations.telegram.TelegramClient;
import dev.keel.integrations.telegram.TelegramException;
import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.temporal.FailureType;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The Telegram calls of the approval activities, with the client's failures as Temporal sees them: no token is a
 * non-retryable CONFIGURATION failure, a refusal a non-retryable UPSTREAM_REJECTED, anything else retryable.
 */
@Component
public class TelegramCalls {
    public static final String RETRYABLE_TYPE = "TelegramUnavailable";

    private final TelegramClient client;

    public TelegramCalls(TelegramClient client) {
        this.client = client;
    }

    public long sendMessage(ApprovalConfig config, String text, List<TelegramClient.Button> buttons) {
        return mapped(() -> client.sendMessage(config.telegram(), text, buttons));
    }

    public void editMessageText(ApprovalConfig config, long messageId, String text) {
        mapped(() -> {
            client.editMessageText(config.telegram(), messageId, text);
            return null;
        });
    }

    static ApplicationFailure failure(TelegramException e) {
        return switch (e.kind()) {
            case NOT_CONFIGURED -> ApplicationFailure.newNonRetryableFailure(e.getMessage(),
                    FailureType.CONFIGURATION.type());
            case REJECTED -> ApplicationFailure.newNonRetryableFailure(e.getMessage(),
                    FailureType.UPSTREAM_REJECTED.type());
            case UNAVAILABLE -> ApplicationFailure.newFailure(e.getMessage(), RETRYABLE_TYPE);
        };
    }

    private static <T> T mapped(Supplier<T> call) {
        try {
            return call.get();
        } catch (TelegramException e) {
            throw failure(e);
        }
    }
}
