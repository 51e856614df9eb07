package dev.keel.activities.llm;

import dev.keel.integrations.llm.ChatModelSettings;
import dev.keel.domain.llm.LlmBudgetKey;
import dev.keel.domain.llm.LlmBudgets;
import dev.keel.domain.llm.LlmSlotLease;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * This process's side of the fleet-wide LLM budget ({@link LlmBudgets}): takes a slot of the configured provider and
 * model before each call (waiting while the fleet is full or paused by a 429), gives it back after, and renews the
 * leases of the slots it holds so that only a dead process's slots expire. A database fault while taking a slot is
 * thrown to the caller: no slot, no call.
 */
@Component
public class LlmFleetBudget implements DisposableBean {
    private static final long POLL_MILLIS = 25;
    private static final long SPARE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long ENSURE_AGAIN_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final LlmBudgets budgets;
    private final ChatModelSettings llm;
    private final LlmFleetSettings settings;
    private final DatabaseFaults faults;
    private final UUID holder = UUID.randomUUID();
    private final SlotLeases held;
    private final Map<LlmBudgetKey, Long> ensured = new ConcurrentHashMap<>();
    private final AtomicBoolean rateLimitedSinceSuccess = new AtomicBoolean();
    private final Object freed = new Object();
    private final SpareSlots spares = new SpareSlots(freed);
    private final FleetPause pause;
    private final ScheduledExecutorService returns = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "llm-slot-returns");
        t.setDaemon(true);
        return t;
    });

    public LlmFleetBudget(LlmBudgets budgets, ChatModelSettings llm, LlmFleetSettings settings,
                          DatabaseFaults faults, DataSourceProperties database) {
        this.budgets = budgets;
        this.llm = llm;
        this.settings = settings;
        this.faults = faults;
        this.pause = new FleetPause(budgets);
        this.held = new SlotLeases(new LeaseConnection(database.determineUrl(), database.determineUsername(),
                database.determinePassword()), holder, settings.slotLease(), faults);
        returns.scheduleWithFixedDelay(this::returnStaleSpares, 10, 10, TimeUnit.MILLISECONDS);
    }

    /**
     * A slot for one call of the configured model, or null when none came within wait. A slot this process gave
     * back in the last 20 ms is taken without a database round-trip (its lease stays this process's).
     */
    public LlmSlotLease tryTake(Duration wait) throws InterruptedException {
        LlmBudgetKey key = key(llm.current());
        ensure(key, false);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            LlmSlotLease lease = usable(spares.take());
            Instant paused = pause.until(key, lease != null);
            long napMillis = POLL_MILLIS;
            if (lease != null && (paused != null || !lease.key().equals(key))) {
                returnToFleet(lease);
                lease = null;
            } else if (lease == null && paused == null) {
                LlmBudgets.Attempt attempt = budgets.tryTake(key, settings.maxConcurrency(), holder,
                        settings.slotLease());
                faults.succeeded();
                lease = attempt.lease().orElse(null);
                paused = attempt.pausedUntil();
                if (lease == null && paused == null) {
                    ensure(key, true);
                }
            }
            if (lease != null) {
                held.add(lease);
                if (settings.requestsPerMinute() == 0 || budgets.countRequest(key, settings.requestsPerMinute())) {
                    return lease;
                }
                returnToFleet(lease);
                napMillis = 60_000 - System.currentTimeMillis() % 60_000;
            } else if (paused != null) {
                pause.remember(paused);
                napMillis = Math.max(1, Duration.between(Instant.now(), paused).toMillis());
            }
            long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (leftMillis <= 0) {
                return null;
            }
            synchronized (freed) {
                if (spares.isEmpty()) {
                    freed.wait(Math.max(1, Math.min(napMillis, leftMillis)));
                }
            }
        }
    }

    /**
     * Gives the slot back: kept for this process's next call for up to 20 ms (a waiting call takes it at once), then
     * returned to the fleet.
     */
    public void giveBack(LlmSlotLease lease) {
        synchronized (freed) {
            spares.add(lease);
            freed.notifyAll();
        }
    }

    /** A spare whose lease lapsed or is unconfirmed for a while is not used: returned, it is a no-op if lapsed. */
    private LlmSlotLease usable(LlmSlotLease spare) {
        if (spare == null || held.usable(spare)) {
            return spare;
        }
        returns.execute(() -> returnToFleet(spare));
        return null;
    }

    private void returnStaleSpares() {
        spares.olderThan(SPARE_NANOS).forEach(this::returnToFleet);
    }

    /** When the database cannot be reached the lease runs out instead. */
    private void returnToFleet(LlmSlotLease lease) {
        held.remove(lease);
        try {
            budgets.giveBack(lease);
        } catch (RuntimeException e) {
            faults.failed("giving back an LLM slot", e);
        }
        synchronized (freed) {
            freed.notifyAll();
        }
    }

    /** A 429 from the provider: the whole fleet pauses for retryAfter (or a doubling backoff). */
    public void rateLimited(Duration retryAfter) {
        rateLimitedSinceSuccess.set(true);
        pause.remember(budgets.pause(key(llm.current()), retryAfter));
    }

    public void succeeded() {
        if (rateLimitedSinceSuccess.compareAndSet(true, false)) {
            budgets.clearRateLimits(key(llm.current()));
        }
    }

    /** Slots this process holds now. */
    public int holding() {
        return held.size();
    }

    /** The budget of a model: the API base's host and port (its provider) and the model name. */
    static LlmBudgetKey key(ChatModelSettings.Snapshot s) {
        String base = s.baseUrl() != null ? s.baseUrl() : ChatModelSettings.DEFAULT_BASE_URL;
        String provider;
        try {
            URI uri = URI.create(base.trim());
            provider = uri.getHost() == null ? base : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            provider = base;
        }
        return new LlmBudgetKey(provider, s.model() != null ? s.model() : ChatModelSettings.DEFAULT_MODEL);
    }

    /** Inserts the key's slots once, and again now and then while none is free (unlogged tables empty after a crash). */
    private void ensure(LlmBudgetKey key, boolean again) {
        long now = System.nanoTime();
        Long last = ensured.get(key);
        if (last != null && (!again || now - last < ENSURE_AGAIN_NANOS)) {
            return;
        }
        budgets.ensure(key, settings.maxConcurrency());
        ensured.put(key, now);
    }

    @Override
    public void destroy() {
        returns.shutdownNow();
        spares.olderThan(-1).forEach(this::returnToFleet);
        held.close();
    }
}
