package dev.keel.domain.autopack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoragePolicyTest {
    @Test
    void classifiesByPathAndRetention() {
        assertThat(StoragePolicy.classify("web/node_modules/x/index.js", 10, 0)).get()
                .extracting(StoragePolicy.Classification::category).isEqualTo("dev_caches");
        assertThat(StoragePolicy.classify("app/server.log", 10, 3)).isEmpty();
        assertThat(StoragePolicy.classify("app/server.log", 10, 8)).get()
                .extracting(StoragePolicy.Classification::category).isEqualTo("diagnostics_logs");
        assertThat(StoragePolicy.classify("repo/.git/objects/ab.log", 10, 100)).isEmpty();
        assertThat(StoragePolicy.classify("src/Main.java", 10, 100)).isEmpty();
    }

    @Test
    void targetsStayUnderTheRoot() {
        assertThat(StorageTargets.problem("directory", "../etc")).isNotNull();
        assertThat(StorageTargets.problem("directory", "/etc")).isNotNull();
        assertThat(StorageTargets.problem("directory", "C:/Users")).isNotNull();
        assertThat(StorageTargets.problem("directory", "a\\..\\b")).isNotNull();
        assertThat(StorageTargets.problem("directory", "a/b")).isNull();
        assertThat(StorageTargets.prefix("directory", "./a//b/")).isEqualTo("a/b");
        assertThat(StorageTargets.prefix("drive", "C:")).isEmpty();
    }

    @Test
    void patternsNeedFiveSamplesAndThreeQuartersApproved() {
        List<CleanupCandidate> decided = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            decided.add(candidate("p/node_modules/f" + i + ".js", "approved"));
        }
        assertThat(ApprovalPatterns.analyze(decided, 10)).isEmpty();
        decided.add(candidate("p/node_modules/f9.js", "rejected"));
        List<ApprovalPattern> patterns = ApprovalPatterns.analyze(decided, 10);
        assertThat(patterns).extracting(ApprovalPattern::patternValue).contains("parent:node_modules", ".js");
        assertThat(patterns.get(0).confidence()).isEqualTo(0.8);
        assertThat(patterns.get(0).approvals()).isEqualTo(4);
        decided.add(candidate("p/node_modules/f8.js", "rejected"));
        assertThat(ApprovalPatterns.analyze(decided, 10)).isEmpty(); // 4 of 6 < 0.75
    }

    private static CleanupCandidate candidate(String path, String status) {
        return new CleanupCandidate(1, 1, path, 100, 1, "dev_caches", "r", true, status, null, null, null);
    }
}
