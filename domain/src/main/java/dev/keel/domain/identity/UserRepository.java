package dev.keel.domain.identity;

import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class UserRepository {
    private static final String COLUMNS = "id, org_id, email, username, full_name, password_hash, role, "
            + "is_platform_admin, is_active, created_at, updated_at";
    private static final RowMapper<UserAccount> MAPPER = (rs, n) -> new UserAccount(
            rs.getLong("id"), rs.getLong("org_id"), rs.getString("email"), rs.getString("username"),
            rs.getString("full_name"), rs.getString("password_hash"), rs.getString("role"),
            rs.getBoolean("is_platform_admin"), rs.getBoolean("is_active"),
            rs.getObject("created_at", java.time.OffsetDateTime.class),
            rs.getObject("updated_at", java.time.OffsetDateTime.class));

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates a new organization and its first user in one transaction. The very first user of the
     * platform becomes platform admin; the advisory lock makes that decision safe under concurrency.
     * Throws DuplicateKeyException when the email or username is taken.
     */
    @Transactional
    public UserAccount createWithOrganization(String orgName, NewUser user) {
        jdbc.sql("SELECT pg_advisory_xact_lock(7311001)").query().singleRow();
        long orgId = jdbc.sql("INSERT INTO organizations (name) VALUES (:name) RETURNING id")
                .param("name", orgName).query(Long.class).single();
        return jdbc.sql("INSERT INTO users (org_id, email, username, full_name, password_hash, role, is_platform_admin) "
                        + "VALUES (:org, :email, :username, :fullName, :hash, :role, "
                        + "NOT EXISTS (SELECT 1 FROM users WHERE is_platform_admin)) RETURNING " + COLUMNS)
                .param("org", orgId).param("email", user.email()).param("username", user.username())
                .param("fullName", user.fullName()).param("hash", user.passwordHash()).param("role", user.role())
                .query(MAPPER).single();
    }

    /** Login lookup: the org is not known yet, so this is the one query keyed by email or username alone. */
    public Optional<UserAccount> findByLogin(String login) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(:login) "
                        + "OR (username IS NOT NULL AND lower(username) = lower(:login)) "
                        + "ORDER BY (lower(email) = lower(:login)) DESC, id LIMIT 1")
                .param("login", login).query(MAPPER).optional();
    }

    public Optional<UserAccount> findById(long orgId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE org_id = :org AND id = :id")
                .param("org", orgId).param("id", id).query(MAPPER).optional();
    }
}
