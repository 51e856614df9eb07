package dev.keel.activities.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.llm.LlmBudgetKey;
import dev.keel.domain.llm.LlmBudgets;
import dev.keel.domain.llm.LlmSlotLease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fleet-wide LLM budget on real PostgreSQL, with two limiter instances standing for two worker processes. */
class LlmFleetBudgetTest {
    private static final Duration LEASE = Duration.ofSeconds(15);

    private static FleetPostgres db;

    @BeforeAll
    static void start() throws Exception {
        db = new FleetPostgres();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @BeforeEach
    void ownBudget() {
        db.newModel();
    }

    @Test
    void capIsNeverExceededAcrossTwoProcesses() throws Exception {
        List<LlmFleetBudget> processes = List.of(db.process(4, 0, LEASE), db.process(4, 0, LEASE));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            LlmFleetBudget process = processes.get(t % 2);
            callers.add(threads.submit(() -> {
                for (int call = 0; call < 25; call++) {
                    LlmSlotLease lease = process.tryTake(Duration.ofSeconds(30));
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(3);
                    inFlight.decrementAndGet();
                    process.giveBack(lease);
                }
                return null;
            }));
        }
        for (Future<?> caller : callers) {
            caller.get(120, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(maxInFlight.get()).isEqualTo(4);
        assertThat(heldAfterSparesReturn()).isZero();
    }

    @Test
    void anExpiredLeaseReturnsADeadProcesssSlots() throws Exception {
        LlmFleetBudget dying = db.process(2, 0, Duration.ofSeconds(2));
        LlmFleetBudget survivor = db.process(2, 0, Duration.ofSeconds(2));
        assertThat(dying.tryTake(Duration.ofSeconds(1))).isNotNull();
        assertThat(dying.tryTake(Duration.ofSeconds(1))).isNotNull();
        Thread.sleep(3_000);
        assertThat(survivor.tryTake(Duration.ofMillis(200))).as("a live process's leases are renewed").isNull();

        dying.destroy(); // the process dies: nobody renews its leases
        long started = System.nanoTime();
        assertThat(survivor.tryTake(Duration.ofSeconds(5))).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_600));
    }

    @Test
    void a429PausesTheWholeFleetForItsRetryAfter() throws Exception {
        LlmFleetBudget refused = db.process(4, 0, LEASE);
        LlmFleetBudget other = db.process(4, 0, LEASE);
        refused.giveBack(refused.tryTake(Duration.ofSeconds(1)));

        refused.rateLimited(Duration.ofMillis(1_500));
        long started = System.nanoTime();
        assertThat(other.tryTake(Duration.ofMillis(500))).as("paused").isNull();
        LlmSlotLease after = other.tryTake(Duration.ofSeconds(5));

        assertThat(after).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1_300),
                Duration.ofMillis(2_500));
    }

    @Test
    void requestsPerMinuteHoldAcrossProcesses() throws Exception {
        LlmFleetBudget first = db.process(8, 3, LEASE);
        LlmFleetBudget second = db.process(8, 3, LEASE);
        first.giveBack(first.tryTake(Duration.ofSeconds(1)));
        second.giveBack(second.tryTake(Duration.ofSeconds(1)));
        LlmSlotLease third = first.tryTake(Duration.ofSeconds(1));
        if (third == null) {
            return; // the minute turned between the calls: the window started again
        }
        first.giveBack(third);
        assertThat(second.tryTake(Duration.ofMillis(300))).isNull();
        assertThat(heldAfterSparesReturn()).isZero();
    }

    /** Slots given back stay with their process for 20 ms, for its next call. */
    private static int heldAfterSparesReturn() throws InterruptedException {
        Thread.sleep(200);
        return db.held();
    }

    @Test
    void takingAndGivingBackASlotIsCheap() throws Exception {
        LlmBudgets budgets = new LlmBudgets(db.jdbc);
        LlmBudgetKey key = new LlmBudgetKey("fake-llm:9", db.model);
        budgets.ensure(key, 16);
        UUID holder = UUID.randomUUID();
        for (int i = 0; i < 200; i++) {
            budgets.giveBack(budgets.tryTake(key, 16, holder, LEASE).lease().orElseThrow());
        }
        int n = 2_000;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            budgets.giveBack(budgets.tryTake(key, 16, holder, LEASE).lease().orElseThrow());
        }
        double database = (System.nanoTime() - started) / 1_000.0 / n;

        LlmFleetBudget process = db.process(16, 0, LEASE);
        started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            process.giveBack(process.tryTake(Duration.ofSeconds(1)));
        }
        double handedOver = (System.nanoTime() - started) / 1_000.0 / n;
        System.out.printf("LlmFleetBudgetTest: take + give back in PostgreSQL %.0f us, handed over in the process"
                + " %.1f us (%d rounds, one thread)%n", database, handedOver, n);
        assertThat(database).isLessThan(20_000);
    }
}
