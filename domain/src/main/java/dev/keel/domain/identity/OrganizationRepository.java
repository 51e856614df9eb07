package dev.keel.domain.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class OrganizationRepository {
    private final JdbcClient jdbc;

    public OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String name) {
        return jdbc.sql("INSERT INTO organizations (name) VALUES (:name) RETURNING id")
                .param("name", name).query(Long.class).single();
    }

    /** The oldest organization with this name, created if missing; the advisory lock serializes concurrent starts. */
    @Transactional
    public long findOrCreateByName(String name) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('org:' || :name))").param("name", name).query().singleRow();
        Optional<Long> existing = jdbc.sql("SELECT id FROM organizations WHERE name = :name ORDER BY id LIMIT 1")
                .param("name", name).query(Long.class).optional();
        return existing.orElseGet(() -> create(name));
    }
}
