package dev.keel.activities.studio.runs;

import dev.keel.integrations.llm.LlmEndpoint;
import dev.keel.integrations.llm.LlmGateway;
import dev.keel.integrations.llm.LlmRequest;
import dev.keel.integrations.llm.LlmStream;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * One streamed call through the gateway while a side thread heartbeats every second (a long time to first token
 * sends no chunk to heartbeat on). When Temporal answers a heartbeat with a cancellation, the call is interrupted
 * and the cancellation rethrown, so nothing is recorded for it.
 */
@Component
class StreamedCall {
    private final LlmGateway gateway;
    private final ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "studio-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    StreamedCall(LlmGateway gateway) {
        this.gateway = gateway;
    }

    LlmStream stream(ActivityExecutionContext context, LlmEndpoint endpoint, LlmRequest request) {
        Thread caller = Thread.currentThread();
        AtomicReference<ActivityCompletionException> cancelled = new AtomicReference<>();
        var beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                context.heartbeat(null);
            } catch (ActivityCompletionException e) {
                if (cancelled.compareAndSet(null, e)) {
                    caller.interrupt();
                }
            } catch (RuntimeException e) {
                // a heartbeat Temporal could not take now; the next one retries
            }
        }, 0, 1, TimeUnit.SECONDS);
        try {
            return gateway.stream(endpoint, request, chunk -> { });
        } finally {
            beat.cancel(false);
            if (cancelled.get() != null) {
                Thread.interrupted();
                throw cancelled.get();
            }
        }
    }
}
