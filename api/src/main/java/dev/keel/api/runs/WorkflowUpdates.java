package dev.keel.api.runs;

import dev.keel.platform.runs.RunReconciler;
import dev.keel.api.platform.ApiException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a workflow update and waits a bounded time for its result (the SDK alone would wait for a worker
 * forever). A validator's refusal is answered by the caller's {@code onRefusal} with the validator's message
 * (409 by default: SDK 1.38 passes the message but not the failure type); a workflow already closed in Temporal
 * is reconciled first and answered by {@code whenClosed}; no answer in time, or no Temporal, is a 503.
 */
@Component
public class WorkflowUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowUpdates.class);
    private final RunReconciler reconciler;
    private final Duration wait;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "workflow-update");
        thread.setDaemon(true);
        return thread;
    });

    public WorkflowUpdates(RunReconciler reconciler,
                           UpdateSettings settings) {
        this.reconciler = reconciler;
        this.wait = settings.answerWait();
    }

    public <R> R send(String workflowId, Callable<R> update, Supplier<ApiException> whenClosed) {
        return send(workflowId, update, ApiException::conflict, whenClosed);
    }

    public <R> R send(String workflowId, Callable<R> update, Function<String, ApiException> onRefusal,
                      Supplier<ApiException> whenClosed) {
        Future<R> answer = executor.submit(() -> retryingWhileTaskFails(update));
        try {
            return answer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw ApiException.unavailable("No worker answered within " + wait.toSeconds() + " s (is a worker"
                    + " polling this workflow's task queue?). The request may still apply once a worker picks it"
                    + " up: check the status before sending it again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw ApiException.unavailable("Interrupted while waiting for the workflow");
        } catch (ExecutionException e) {
            throw map(workflowId, e.getCause(), onRefusal, whenClosed);
        }
    }

    /**
     * Temporal refuses an update while the workflow's task is failing (FAILED_PRECONDITION), e.g. a first task
     * after a restart that hit the deadlock detector on a starved CPU; the server retries the task, so the update
     * is sent again until the caller's wait runs out (the future is cancelled, which interrupts the sleep).
     */
    private static <R> R retryingWhileTaskFails(Callable<R> update) throws Exception {
        while (true) {
            try {
                return update.call();
            } catch (RuntimeException e) {
                if (!workflowTaskFailing(e)) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    private static boolean workflowTaskFailing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.FAILED_PRECONDITION) {
                return true;
            }
        }
        return false;
    }

    /** Best effort: the update's answer within {@code max}, or null (never an error). */
    public <R> R tryWithin(Callable<R> update, Duration max) {
        Future<R> answer = executor.submit(update);
        try {
            return answer.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return null;
        } catch (ExecutionException | TimeoutException e) {
            answer.cancel(true);
            return null;
        }
    }

    private ApiException map(String workflowId, Throwable failure, Function<String, ApiException> onRefusal,
                             Supplier<ApiException> whenClosed) {
        if (failure instanceof WorkflowUpdateException refused) {
            return onRefusal.apply(UpdateRefusals.message(refused).orElse(refused.getMessage()));
        }
        if (closed(failure)) {
            reconciler.reconcile(workflowId);
            return whenClosed.get();
        }
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        LOG.warn("Update of {} not delivered: {} ({})", workflowId, failure, cause.toString());
        return ApiException.unavailable("Temporal is unavailable; the request was not delivered to its workflow,"
                + " try again later");
    }

    private static boolean closed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WorkflowNotFoundException) {
                return true;
            }
            if (t instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
