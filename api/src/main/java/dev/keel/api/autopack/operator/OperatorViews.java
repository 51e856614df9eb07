package dev.keel.api.autopack.operator;

import dev.keel.domain.autopack.builds.InboxRow;
import java.time.Instant;
import java.util.List;

/** Answers of the operator endpoints (snake_case on the wire). */
final class OperatorViews {
    private OperatorViews() {
    }

    record InboxRun(String id, String state, Instant createdAt, long tokensUsed, long tokenCap, int phasesTotal,
                    int phasesCompleted, String currentPhaseName) {
        static InboxRun of(InboxRow r) {
            return new InboxRun(r.runId(), r.state(), r.createdAt(), r.tokensUsed(), r.tokenCap(), r.phasesTotal(),
                    r.phasesCompleted(), r.currentPhaseName());
        }
    }

    record InboxPage(List<InboxRun> runs, long total, int limit, int offset) {
    }

    record PhaseProgressView(String phaseId, String name, String state, int phaseIndex, long tokensUsed,
                             int builderAttempts) {
    }

    record Progress(String runId, String state, Instant startedAt, Instant completedAt, double elapsedSeconds,
                    long tokensUsed, long tokenCap, int phasesTotal, int phasesCompleted, int phasesInProgress,
                    int phasesPending, List<PhaseProgressView> phases) {
    }
}
