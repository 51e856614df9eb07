package dev.keel.api.runs;

import dev.keel.domain.platform.PendingStart;
import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunClosing;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.platform.WorkflowOutbox;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts every Keel workflow. {@link #enqueue} writes the run index row and an outbox row in the caller's
 * transaction (with its business write), so there is never a row without a workflow nor a workflow without a
 * row; after the commit the start is sent to Temporal, and the {@link OutboxDispatcher} retries what Temporal
 * could not take. A start Temporal refuses for good (or that stays impossible past the give-up age) closes
 * the run and the product's state as failed.
 */
@Service
public class RunLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(RunLauncher.class);
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration HANDOVER_WAIT = Duration.ofSeconds(5);

    private final RunIndex runs;
    private final WorkflowOutbox outbox;
    private final WorkflowStarter starter;
    private final RunClosing closing;
    private final Duration giveUpAfter;
    private final TransactionTemplate transactions;
    private final ExecutorService afterCommit = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "run-launcher");
        thread.setDaemon(true);
        return thread;
    });

    public RunLauncher(RunIndex runs, WorkflowOutbox outbox, WorkflowStarter starter, RunClosing closing,
                       TransactionTemplate transactions,
                       LauncherSettings settings) {
        this.runs = runs;
        this.transactions = transactions;
        this.outbox = outbox;
        this.starter = starter;
        this.closing = closing;
        this.giveUpAfter = settings.giveUpAfter();
    }

    /** What happened to a launch: the run index row, and whether Temporal has the workflow yet. */
    public record Launched(long runId, String workflowId, boolean started, boolean alreadyRunning, String error) {
    }

    /**
     * Writes the run row (status queued) and the outbox row inside the caller's transaction; empty when a run
     * with this workflow id is already open. Nothing is sent to Temporal until the caller commits and calls
     * {@link #dispatchNow} (to answer with the result) or {@link #dispatchAfterCommit} (not to wait).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> enqueue(Launch launch) {
        Optional<Long> runId = runs.registerQueued(launch.orgId(), launch.kind().kind(), launch.businessKey(),
                launch.workflowId(), launch.summary(), launch.reuseClosedId());
        runId.ifPresent(id -> outbox.insert(id, launch.workflowId(),
                WorkflowStarter.workflowType(launch.workflowInterface()), launch.kind().taskQueue(),
                launch.input().getClass().getName(), starter.toJson(launch.input()), launch.details(),
                launch.startedStatus(), launch.reuseClosedId(),
                launch.executionTimeout() == null ? null : launch.executionTimeout().toSeconds()));
        return runId;
    }

    /** Enqueues in a transaction of its own and starts at once, on the caller's thread. */
    public Launched launch(Launch launch) {
        Optional<Long> runId = transactions.execute(status -> enqueue(launch));
        if (runId.isEmpty()) {
            long existing = runs.findByWorkflowId(launch.workflowId()).map(RunRecord::id).orElse(-1L);
            return new Launched(existing, launch.workflowId(), true, true, null);
        }
        return dispatchNow(launch.workflowId()).orElseGet(
                () -> new Launched(runId.get(), launch.workflowId(), false, false, "start in progress elsewhere"));
    }

    /** Sends the start on a background thread once the current transaction commits. */
    public void dispatchAfterCommit(String workflowId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.execute(() -> dispatchNow(workflowId));
            }
        });
    }

    /**
     * Starts the queued workflow now on this thread. When another thread or replica holds the start, waits up to
     * {@link #HANDOVER_WAIT} for it to be sent and reports that; empty only when it is still held after the wait.
     */
    public Optional<Launched> dispatchNow(String workflowId) {
        Optional<Launched> mine = outbox.claim(workflowId, LEASE).map(this::dispatch);
        if (mine.isPresent()) {
            return mine;
        }
        long deadline = System.nanoTime() + HANDOVER_WAIT.toNanos();
        while (outbox.queued(workflowId) && System.nanoTime() < deadline) {
            sleep();
        }
        if (outbox.queued(workflowId)) {
            return Optional.empty();
        }
        return runs.findByWorkflowId(workflowId).map(run -> new Launched(run.id(), workflowId,
                !RunStatus.FAILED.wire().equals(run.status()), false, run.error()));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes back a start Temporal has not accepted yet (a caller that cannot wait for Temporal to come back):
     * the outbox row is dropped and the run closed as failed with {@code reason}. False when the start is no
     * longer queued (already sent, given up, or being sent by the dispatcher right now).
     */
    public boolean withdraw(String workflowId, String reason) {
        Boolean withdrawn = transactions.execute(status -> {
            if (!outbox.withdraw(workflowId)) {
                return false;
            }
            runs.findByWorkflowId(workflowId).ifPresent(run -> closing.close(run,
                    new RunCloser.Abandonment(RunStatus.FAILED, "not_started", reason)));
            return true;
        });
        return Boolean.TRUE.equals(withdrawn);
    }

    Launched dispatch(PendingStart start) {
        WorkflowStarter.Attempt attempt = starter.start(start);
        switch (attempt.result()) {
            case STARTED, ALREADY_STARTED -> {
                runs.markStarted(start.workflowId(), start.initialStatus());
                outbox.done(start.id());
                return new Launched(start.runId(), start.workflowId(), true, false, null);
            }
            case REFUSED -> {
                giveUp(start, attempt.error());
                return new Launched(start.runId(), start.workflowId(), false, false, attempt.error());
            }
            default -> {
                if (start.createdAt().plus(giveUpAfter).isBefore(Instant.now())) {
                    giveUp(start, attempt.error() + " for " + giveUpAfter.toMinutes() + " minutes");
                } else {
                    outbox.retryLater(start.id(), attempt.error(), backoff(start.attempts()));
                }
                return new Launched(start.runId(), start.workflowId(), false, false, attempt.error());
            }
        }
    }

    private void giveUp(PendingStart start, String error) {
        LOG.error("Giving up starting {}: {}", start.workflowId(), error);
        runs.findByWorkflowId(start.workflowId()).ifPresent(run -> closing.close(run,
                new RunCloser.Abandonment(RunStatus.FAILED, "not_started", "The workflow could not be started: "
                        + error)));
        outbox.done(start.id());
    }

    @PreDestroy
    void shutdown() {
        afterCommit.shutdown();
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(30, 1L << Math.min(attempts, 5)));
    }
}
