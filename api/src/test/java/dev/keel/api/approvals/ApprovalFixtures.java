package dev.keel.api.approvals;

import dev.keel.activities.approvals.ApprovalConfig;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared helpers of the approval ITs. */
final class ApprovalFixtures {
    private ApprovalFixtures() {
    }

    static void ensureOrgs(JdbcClient jdbc, long... ids) {
        for (long id : ids) {
            jdbc.sql("INSERT INTO organizations (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")
                    .params(id, "org " + id).update();
        }
    }

    static ApprovalConfig telegram(ApprovalConfig c, String base, boolean auto, Duration timeout) {
        return new ApprovalConfig(auto, "development", timeout, false, "42:TEST", "777", base, "s3cret", 1000);
    }

    static void eventually(Supplier<Boolean> condition, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + max);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
