package dev.keel.api.approvals;

import dev.keel.platform.approvals.ApprovalConfig;
import java.time.Duration;
import java.util.function.Supplier;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.TestUsers;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Shared helpers of the approval ITs. */
final class ApprovalFixtures {
    private ApprovalFixtures() {
    }

    private static final Map<Long, String> API_KEYS = new ConcurrentHashMap<>();

    /**
     * A client authenticated with a real X-API-Key of its own organization; the same alias always gets the
     * same organization (registered through the API on first use), different aliases different ones.
     */
    static HttpTestClient org(HttpTestClient http, long alias) {
        String key = API_KEYS.computeIfAbsent(alias, a -> {
            TestUsers.TestUser admin = TestUsers.register(http, "approvals-org" + a);
            Response created = http.bearer(admin.accessToken()).postJson("/api/auth/api-keys",
                    Map.of("name", "approvals tests " + a));
            if (created.status() != 201) {
                throw new AssertionError("creating an API key failed: " + created.body());
            }
            return created.json().path("key").asString();
        });
        return http.apiKey(key);
    }

    static ApprovalConfig telegram(ApprovalConfig c, String base, boolean auto, Duration timeout) {
        return new ApprovalConfig(auto, "development", timeout, false, "42:TEST", "777", base, "s3cret", 1000);
    }

    /** Fixed one-minute rate windows: a burst that must land in one window waits out the last 3 s of a minute. */
    static void awayFromMinuteEdge() {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 57_000) {
            try {
                Thread.sleep(60_000 - intoMinute + 50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
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
