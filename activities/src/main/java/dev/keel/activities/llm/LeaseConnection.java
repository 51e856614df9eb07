package dev.keel.activities.llm;

import dev.keel.domain.llm.LlmBudgets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * One JDBC connection of its own, outside the pool, for renewing LLM slot leases. After a database fault the pool
 * refills with a backoff while every activity thread queues for it (FleetIT measured the pool back 14 s after a 6 s
 * outage, close to a 15 s lease); renewals must not wait in that queue, or leases lapse under calls in flight and
 * another process takes their slots. A failed statement drops the connection; the next renewal opens a new one.
 */
final class LeaseConnection implements AutoCloseable {
    private final String url;
    private final Properties properties = new Properties();
    private Connection connection;

    LeaseConnection(String url, String user, String password) {
        this.url = url;
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "5");
        properties.setProperty("ApplicationName", "keel-llm-leases");
    }

    /** Extends the given leases of holder; returns those that were still this holder's (the others lapsed). */
    synchronized Set<UUID> renew(UUID holder, Collection<UUID> leases, Duration leaseFor) throws SQLException {
        try {
            Connection c = open();
            try (PreparedStatement renew = c.prepareStatement(LlmBudgets.RENEW_LEASES)) {
                Array ids = c.createArrayOf("uuid", leases.toArray());
                renew.setDouble(1, leaseFor.toMillis() / 1000.0);
                renew.setObject(2, holder);
                renew.setArray(3, ids);
                renew.setQueryTimeout(3);
                Set<UUID> alive = new HashSet<>();
                try (ResultSet rows = renew.executeQuery()) {
                    while (rows.next()) {
                        alive.add(rows.getObject(1, UUID.class));
                    }
                }
                return alive;
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    private Connection open() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(url, properties);
            connection.setAutoCommit(true);
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is being dropped because it failed; nothing more to do
            }
            connection = null;
        }
    }
}
