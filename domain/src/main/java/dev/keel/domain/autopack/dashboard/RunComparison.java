package dev.keel.domain.autopack.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An A/B comparison of two runs of the same plan: the earlier run is the control, the next one the treatment.
 * Valid only when both finished under the same safety profile.
 */
public record RunComparison(long id, String testId, RunOutcome control, RunOutcome treatment,
                            List<String> validityErrors) {

    public static RunComparison of(RunOutcome control, RunOutcome treatment) {
        List<String> errors = new ArrayList<>();
        if (!control.finished()) {
            errors.add("control run " + control.runId() + " has not finished (" + control.state() + ")");
        }
        if (!treatment.finished()) {
            errors.add("treatment run " + treatment.runId() + " has not finished (" + treatment.state() + ")");
        }
        if (!control.safetyProfile().equals(treatment.safetyProfile())) {
            errors.add("safety profiles differ (" + control.safetyProfile() + " vs " + treatment.safetyProfile()
                    + ")");
        }
        return new RunComparison(treatment.id(), "plan-" + treatment.planKey().substring(0, 12), control, treatment,
                List.copyOf(errors));
    }

    public boolean valid() {
        return validityErrors.isEmpty();
    }

    public long tokenDelta() {
        return treatment.totalTokens() - control.totalTokens();
    }

    /** Treatment minus control wall time; null while either run is unfinished. */
    public Double timeDeltaSeconds() {
        if (control.completedAt() == null || treatment.completedAt() == null) {
            return null;
        }
        return (Duration.between(treatment.startedAt(), treatment.completedAt()).toMillis()
                - Duration.between(control.startedAt(), control.completedAt()).toMillis()) / 1000.0;
    }

    public double successRateDelta() {
        return treatment.successRate() - control.successRate();
    }
}
