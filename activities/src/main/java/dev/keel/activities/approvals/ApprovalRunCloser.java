package dev.keel.activities.approvals;

import dev.keel.domain.approvals.Approvals;
import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Closes an approval whose workflow ended without recording it: still pending, it becomes cancelled
 * (terminated or cancelled in Temporal) or error (failed, timed out, lost, never started), with the reason.
 * Then /approval/status, /approval/pending and decide all see it closed.
 */
@Component
public class ApprovalRunCloser implements RunCloser {
    private final Approvals approvals;

    public ApprovalRunCloser(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("approval");
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        approvals.close(run.orgId(), Long.parseLong(run.businessKey()), closedStatus(abandonment),
                abandonment.reason());
    }

    static String closedStatus(Abandonment abandonment) {
        return abandonment.status() == RunStatus.CANCELLED ? "cancelled" : "error";
    }
}
