package dev.keel.activities.llm;

import dev.keel.domain.llm.LlmSlotLease;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slot leases this process holds, kept alive by a thread of their own on a connection of their own
 * ({@link LeaseConnection}): renewed every fifth of the lease, retried every 250 ms while the database is away.
 * Each lease remembers when the database last confirmed it; a lease the database no longer has (it lapsed during
 * a longer outage and another process may have its slot) is dropped, so no new call starts on it.
 */
final class SlotLeases implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlotLeases.class);
    private static final long RETRY_MILLIS = 250;

    private final Map<UUID, Long> confirmedAt = new ConcurrentHashMap<>();
    private final LeaseConnection connection;
    private final UUID holder;
    private final Duration leaseFor;
    private final DatabaseFaults faults;
    private final Thread renewer;

    SlotLeases(LeaseConnection connection, UUID holder, Duration leaseFor, DatabaseFaults faults) {
        this.connection = connection;
        this.holder = holder;
        this.leaseFor = leaseFor;
        this.faults = faults;
        this.renewer = new Thread(this::renewUntilClosed, "llm-slot-leases");
        renewer.setDaemon(true);
        renewer.start();
    }

    /** A lease the database granted just now. */
    void add(LlmSlotLease lease) {
        confirmedAt.put(lease.lease(), System.nanoTime());
    }

    void remove(LlmSlotLease lease) {
        confirmedAt.remove(lease.lease());
    }

    /** Still this process's, confirmed by the database within the last third of a lease: safe to start a call on. */
    boolean usable(LlmSlotLease lease) {
        Long at = confirmedAt.get(lease.lease());
        return at != null && System.nanoTime() - at < leaseFor.toNanos() / 3;
    }

    int size() {
        return confirmedAt.size();
    }

    /** Renews once; returns false when the database could not be reached. */
    boolean renewNow() {
        List<UUID> leases = List.copyOf(confirmedAt.keySet());
        if (leases.isEmpty()) {
            return true;
        }
        long sent = System.nanoTime();
        try {
            Set<UUID> alive = connection.renew(holder, leases, leaseFor);
            faults.succeeded();
            int lost = 0;
            for (UUID lease : leases) {
                if (alive.contains(lease)) {
                    confirmedAt.computeIfPresent(lease, (id, at) -> Math.max(at, sent));
                } else if (confirmedAt.remove(lease) != null) {
                    lost++;
                }
            }
            if (lost > 0) {
                LOG.warn("{} LLM slot leases lapsed (the database was unreachable for longer than KEEL_LLM_SLOT_LEASE"
                        + " = {}); calls already on them finish, no new call starts on them", lost, leaseFor);
            }
            return true;
        } catch (SQLException e) {
            faults.failed("renewing LLM slot leases", e);
            return false;
        }
    }

    private void renewUntilClosed() {
        long every = Math.max(200, leaseFor.toMillis() / 5);
        while (true) {
            boolean renewed;
            try {
                renewed = renewNow();
            } catch (RuntimeException e) {
                LOG.error("Renewing LLM slot leases failed", e);
                renewed = false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(renewed ? every : RETRY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        renewer.interrupt();
        connection.close();
    }
}
