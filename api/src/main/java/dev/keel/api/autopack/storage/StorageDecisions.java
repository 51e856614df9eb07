package dev.keel.api.autopack.storage;

import dev.keel.domain.autopack.storage.ApprovalPattern;
import dev.keel.domain.autopack.storage.ApprovalPatterns;
import dev.keel.domain.autopack.storage.CleanupCandidates;
import dev.keel.domain.autopack.storage.LearnedRules;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions on cleanup candidates (HTTP and Telegram), and what is learned from them: after each decision the
 * organization's decided candidates are analysed again and the patterns found become (or refresh) pending rules.
 */
@Service
public class StorageDecisions {
    static final int SAMPLE_LIMIT = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CleanupCandidates candidates;
    private final LearnedRules rules;

    public StorageDecisions(CleanupCandidates candidates, LearnedRules rules) {
        this.candidates = candidates;
        this.rules = rules;
    }

    CleanupCandidates.Decided decide(long orgId, long scanId, List<Long> ids, String decision, String by,
                                     String method, String notes) {
        CleanupCandidates.Decided decided = candidates.decide(orgId, scanId, ids, decision, by, method, notes);
        if (decided != null) {
            learn(orgId);
        }
        return decided;
    }

    public CleanupCandidates.Decided approveAll(long orgId, long scanId, String by) {
        CleanupCandidates.Decided decided = candidates.approveAllPending(orgId, scanId, by);
        if (decided != null) {
            learn(orgId);
        }
        return decided;
    }

    List<ApprovalPattern> patterns(long orgId, String category, int max) {
        return ApprovalPatterns.analyze(candidates.decided(orgId, category, SAMPLE_LIMIT), max);
    }

    private void learn(long orgId) {
        for (ApprovalPattern pattern : patterns(orgId, null, 50)) {
            rules.suggest(orgId, pattern, JSON.writeValueAsString(pattern.samplePaths()));
        }
    }
}
