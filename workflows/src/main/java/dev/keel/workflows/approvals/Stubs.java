package dev.keel.workflows.approvals;

import dev.keel.temporal.ActivityProfiles;
import io.temporal.workflow.CancellationScope;
import java.util.function.Supplier;
import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Activity stubs with the summaries the Temporal UI shows, and the named timeout wait of both workflows. */
final class Stubs {
    private Stubs() {
    }

    /** Telegram calls: retried with backoff for at most 10 minutes ({@link ActivityProfiles#notification}). */
    static <T> T notifier(Class<T> activities, String summary) {
        return Workflow.newActivityStub(activities, ActivityProfiles.notification().toBuilder()
                .setSummary(summary).build());
    }

    /** Database writes as local activities ({@link ActivityProfiles#localDbWrite}). */
    static <T> T recorder(Class<T> activities, String summary) {
        return Workflow.newLocalActivityStub(activities, ActivityProfiles.localDbWrite().toBuilder()
                .setSummary(summary).build());
    }

    /**
     * Waits until {@code condition} holds or the named timer fires; true when the condition won. The timer is
     * cancelled once the condition holds, so the history shows why the wait ended.
     */
    static boolean awaitOrTimer(TimerOptions timer, long seconds, Supplier<Boolean> condition) {
        Promise<?>[] fired = new Promise<?>[1];
        CancellationScope scope = Workflow.newCancellationScope(
                () -> fired[0] = Workflow.newTimer(Duration.ofSeconds(seconds), timer));
        scope.run();
        Workflow.await(() -> condition.get() || fired[0].isCompleted());
        boolean met = condition.get();
        if (!fired[0].isCompleted()) {
            scope.cancel();
        }
        return met;
    }
}
