package dev.keel.activities.approvals;

import dev.keel.domain.approvals.GovernanceRequests;
import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Closes a governance request whose workflow ended without recording it: still pending, it becomes cancelled
 * (terminated or cancelled in Temporal) or error (failed, timed out, lost, never started), with the reason.
 */
@Component
public class GovernanceRunCloser implements RunCloser {
    private final GovernanceRequests requests;

    public GovernanceRunCloser(GovernanceRequests requests) {
        this.requests = requests;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("governance");
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        requests.close(run.orgId(), run.businessKey(), ApprovalRunCloser.closedStatus(abandonment),
                abandonment.reason());
    }
}
