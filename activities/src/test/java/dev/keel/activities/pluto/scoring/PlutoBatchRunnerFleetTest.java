package dev.keel.activities.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.activities.llm.DatabaseFaults;
import dev.keel.activities.llm.FleetPostgres;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.pluto.scoring.PlutoRunQueries;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batch runner under the fleet budget on real PostgreSQL: a cancelled batch gives its slots back at once. */
class PlutoBatchRunnerFleetTest {
    @ActivityInterface(namePrefix = "Probe")
    public interface SlowBatch {
        int run(int rows);
    }

    private static FleetPostgres db;

    @BeforeAll
    static void start() throws Exception {
        db = new FleetPostgres();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aCancelledBatchGivesItsSlotsBack() throws Exception {
        PlutoLlmLimiter limiter = new PlutoLlmLimiter(16, 32, db.process(2, 0, Duration.ofSeconds(30)));
        PlutoProgress progress = new PlutoProgress(new PlutoRunRepository(db.jdbc), new PlutoRunQueries(db.jdbc),
                new RunIndex(db.jdbc), new RunEvents(db.jdbc));
        PlutoBatchRunner runner = new PlutoBatchRunner(limiter, progress, new DatabaseFaults());
        AtomicInteger calling = new AtomicInteger();
        TestActivityEnvironment env = TestActivityEnvironment.newInstance();
        env.registerActivitiesImplementations((SlowBatch) rows -> runner.run(UUID.randomUUID().toString(),
                rows(rows), (row, release) -> {
                    calling.incrementAndGet();
                    try {
                        Thread.sleep(60_000); // an LLM call that never answers
                        return RowOutcome.DONE;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return RowOutcome.retry("cancelled");
                    }
                }, (row, reason) -> { }).done());
        SlowBatch batch = env.newActivityStub(SlowBatch.class, ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofMinutes(1)).setHeartbeatTimeout(Duration.ofSeconds(1)).build());

        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> batch.run(4));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (db.held() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(db.held()).as("two calls in flight hold the fleet's two slots").isEqualTo(2);
        env.requestCancelActivity();

        assertThatThrownBy(running::join).isNotNull();
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (db.held() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(db.held()).as("released, long before the 30 s lease expires").isZero();
        assertThat(calling.get()).isEqualTo(2);
        env.close();
    }

    private static List<StoredPlutoCandidate> rows(int n) {
        UUID runId = UUID.randomUUID();
        return LongStream.rangeClosed(1, n).mapToObj(i -> new StoredPlutoCandidate(UUID.randomUUID(), 7, runId, i,
                "n", null, null, null, null, null, null, null, null, null, null, "pending", null, null, null, null,
                null)).toList();
    }
}
