package dev.keel.activities.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.approvals.ApprovalRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApprovalMessagesTest {
    private static ApprovalRecord approval(String decisionInfo, String deletionInfo) {
        return new ApprovalRecord(1, 1, "R1", "P1", "troubleshoot", decisionInfo, deletionInfo, "pending", null, null,
                null, null, Instant.EPOCH, null, null, false, null, null, "approval-1");
    }

    @Test
    void listsTheFilesOfDeletionInfoAsWellAsDecisionInfo() {
        String text = ApprovalMessages.phaseApproval(approval(
                "{\"risk_level\":\"high\",\"files\":[\"src/a.py\"]}",
                "{\"loc_removed\":120,\"loc_added\":3,\"files\":[\"src/old.py\",\"src/gone.py\",\"b\",\"c\",\"d\"]}"),
                Instant.EPOCH);
        assertThat(text).contains("*Files:*\n• `src/a.py`\n")
                .contains("*Deletion files:*\n• `src/old.py`\n• `src/gone.py`\n• `b`\n… and 2 more\n")
                .contains("*Net deletion:* 117 lines");
    }

    @Test
    void deletionFilesAloneAreListed() {
        String text = ApprovalMessages.phaseApproval(approval("{}", "{\"files\":[\"x.py\"]}"), Instant.EPOCH);
        assertThat(text).contains("*Deletion files:*\n• `x.py`\n").doesNotContain("*Files:*");
    }
}
