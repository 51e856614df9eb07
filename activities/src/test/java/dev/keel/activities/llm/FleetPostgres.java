package dev.keel.activities.llm;

import dev.keel.integrations.llm.LlmSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.domain.llm.LlmBudgets;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A migrated embedded PostgreSQL behind a Hikari pool, and worker "processes" (limiter instances) on it. */
public final class FleetPostgres implements AutoCloseable {
    final EmbeddedPostgres postgres;
    final HikariDataSource pool;
    public final JdbcClient jdbc;
    String model = "model-" + UUID.randomUUID();

    public FleetPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(20);
        config.setConnectionTimeout(2_000);
        pool = new HikariDataSource(config);
        jdbc = JdbcClient.create(pool);
    }

    /** One worker process's budget: cap slots fleet-wide, its own lease renewal. */
    public LlmFleetBudget process(int cap, int requestsPerMinute, Duration lease) {
        TestChatModelSettings llm = new TestChatModelSettings();
        llm.use("http://fake-llm:9/v1", "key", model);
        DataSourceProperties database = new DataSourceProperties();
        database.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
        return new LlmFleetBudget(new LlmBudgets(jdbc), llm, new LlmFleetSettings(cap, requestsPerMinute, lease),
                new DatabaseFaults(), database);
    }

    /** The next test's processes use a budget of their own. */
    public void newModel() {
        model = "model-" + UUID.randomUUID();
    }

    public int held() {
        return jdbc.sql("SELECT count(*) FROM llm_slots WHERE model = ? AND lease IS NOT NULL"
                + " AND lease_until > clock_timestamp()").param(model).query(Integer.class).single();
    }

    @Override
    public void close() throws Exception {
        pool.close();
        postgres.close();
    }
}
