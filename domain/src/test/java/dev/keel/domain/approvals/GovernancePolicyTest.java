package dev.keel.domain.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GovernancePolicyTest {

    @Test
    void classifiesRiskPerPath() {
        assertThat(GovernancePolicy.risk("src/autopack/models.py")).isEqualTo(RiskLevel.CRITICAL);
        assertThat(GovernancePolicy.risk("src/autopack/governed_apply.py")).isEqualTo(RiskLevel.CRITICAL);
        assertThat(GovernancePolicy.risk("src/autopack/autonomous_executor.py")).isEqualTo(RiskLevel.CRITICAL);
        assertThat(GovernancePolicy.risk("alembic/versions/001.py")).isEqualTo(RiskLevel.CRITICAL);
        assertThat(GovernancePolicy.risk("src/autopack/main.py")).isEqualTo(RiskLevel.HIGH);
        assertThat(GovernancePolicy.risk("tests/test_x.py")).isEqualTo(RiskLevel.LOW);
        assertThat(GovernancePolicy.risk("tests/unit/helpers.py")).isEqualTo(RiskLevel.LOW);
        assertThat(GovernancePolicy.risk("docs/guide.md")).isEqualTo(RiskLevel.LOW);
        assertThat(GovernancePolicy.risk("README.md")).isEqualTo(RiskLevel.MEDIUM);
        assertThat(GovernancePolicy.risk("src/autopack/data.json")).isEqualTo(RiskLevel.MEDIUM);
        assertThat(GovernancePolicy.risk("../etc/passwd")).isEqualTo(RiskLevel.CRITICAL);
        assertThat(GovernancePolicy.risk("/etc/passwd")).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void overallRiskIsTheMaximum() {
        GovernanceAssessment a = GovernancePolicy.assess(List.of("docs/a.md", "src/autopack/main.py", "README.md"), 10);
        assertThat(a.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.autoApproved()).isFalse();
        assertThat(a.pathRisks()).containsEntry("README.md", RiskLevel.MEDIUM);
    }

    @Test
    void autoApprovesSmallTestAndDocChanges() {
        GovernanceAssessment a = GovernancePolicy.assess(List.of("tests/test_api.py", "docs/sub/guide.md"), 100);
        assertThat(a.autoApproved()).isTrue();
        assertThat(a.riskLevel()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void refusesAutoApprovalOverOneHundredLinesOrUnknownSize() {
        assertThat(GovernancePolicy.assess(List.of("tests/test_api.py"), 101).autoApproved()).isFalse();
        assertThat(GovernancePolicy.assess(List.of("tests/test_api.py"), null).autoApproved()).isFalse();
    }

    @Test
    void refusesAutoApprovalOutsideThePatterns() {
        assertThat(GovernancePolicy.assess(List.of("tests/helpers.py"), 5).autoApproved()).isFalse();
        assertThat(GovernancePolicy.assess(List.of("tests/unit/test_x.py"), 5).autoApproved()).isFalse();
        assertThat(GovernancePolicy.assess(List.of("docs/a.txt"), 5).autoApproved()).isFalse();
        assertThat(GovernancePolicy.assess(List.of("tests/test_ok.py", "README.md"), 5).autoApproved()).isFalse();
        assertThat(GovernancePolicy.assess(List.of(), 5).autoApproved()).isFalse();
    }

    @Test
    void refusesNeverListAndEscapingPaths() {
        assertThat(GovernancePolicy.assess(List.of("docs/alembic/notes.md"), 5).autoApproved()).isFalse();
        assertThat(GovernancePolicy.assess(List.of("docs/../src/autopack/main.md"), 5).autoApproved()).isFalse();
        assertThat(GovernancePolicy.assess(List.of("docs/.env.md"), 5).autoApproved()).isFalse();
    }
}
