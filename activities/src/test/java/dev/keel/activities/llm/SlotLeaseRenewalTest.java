package dev.keel.activities.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.llm.LlmSlotLease;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slot leases stay alive while the pool is unusable, and a lease that lapsed anyway is never used again. */
class SlotLeaseRenewalTest {
    private static final Duration LEASE = Duration.ofSeconds(1);

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
    void leasesAreRenewedWhileEveryPooledConnectionIsTaken() throws Exception {
        LlmFleetBudget process = db.process(2, 0, LEASE);
        LlmSlotLease lease = process.tryTake(Duration.ofSeconds(1));
        assertThat(lease).isNotNull();
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                taken.add(db.pool.getConnection()); // the pool of 20 is exhausted, as after a database fault
            }
            Thread.sleep(3 * LEASE.toMillis());
            assertThat(leaseIsLive(lease)).as("renewed outside the exhausted pool").isTrue();
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        process.destroy();
    }

    @Test
    void aLeaseThatLapsedAndWasTakenIsDroppedNotReused() throws Exception {
        LlmFleetBudget process = db.process(1, 0, LEASE);
        LlmSlotLease lease = process.tryTake(Duration.ofSeconds(1));
        assertThat(lease).isNotNull();
        try (Connection c = direct(); Statement sql = c.createStatement()) {
            // what another process does once the lease ran out during a long outage: the slot becomes its own
            sql.executeUpdate("UPDATE llm_slots SET holder = gen_random_uuid(), lease = gen_random_uuid(),"
                    + " lease_until = clock_timestamp() + interval '1 minute' WHERE lease = '" + lease.lease() + "'");
        }
        Thread.sleep(LEASE.toMillis());
        assertThat(process.holding()).as("the renewal noticed the lease is gone").isZero();

        process.giveBack(lease); // the call on it ends: its slot must not serve this process's next call
        assertThat(process.tryTake(Duration.ofMillis(300))).as("the fleet's only slot is another's").isNull();
        process.destroy();
    }

    private static boolean leaseIsLive(LlmSlotLease lease) throws Exception {
        try (Connection c = direct(); Statement sql = c.createStatement();
             ResultSet row = sql.executeQuery("SELECT lease_until > clock_timestamp() FROM llm_slots WHERE lease = '"
                     + lease.lease() + "'")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static Connection direct() throws Exception {
        return DriverManager.getConnection(db.postgres.getJdbcUrl("postgres", "postgres"));
    }
}
