package dev.keel.domain.studio.audit;

import dev.keel.domain.studio.StudioJson;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The studio audit log: who changed which key or setting, from where. Values of secrets are never written. */
@Repository
public class StudioAuditLog {
    public record Actor(Long userId, String username, String ipAddress, String userAgent) {
    }

    public record Entry(long id, OffsetDateTime timestamp, Long userId, String username, String action,
                        String resourceType, String resourceId, String detail, String ipAddress, String userAgent) {
    }

    /** Filters of the admin listing; null fields do not filter. */
    public record Query(String username, String action, OffsetDateTime since, int limit, int offset) {
    }

    private final JdbcClient jdbc;

    public StudioAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Actor actor, String action, String resourceType, String resourceId, Map<String, ?> detail) {
        jdbc.sql("INSERT INTO studio_audit_log (user_id, username, action, resource_type, resource_id, detail, "
                        + "ip_address, user_agent) VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?)")
                .params(actor.userId(), nz(actor.username()), action, nz(resourceType), nz(resourceId),
                        StudioJson.write(detail == null ? Map.of() : detail), nz(actor.ipAddress()),
                        truncate(nz(actor.userAgent()), 500)).update();
    }

    public List<Entry> find(Query q) {
        StringBuilder sql = new StringBuilder("SELECT id, created_at, user_id, username, action, resource_type, "
                + "resource_id, detail::text, ip_address, user_agent FROM studio_audit_log WHERE true");
        List<Object> params = new ArrayList<>();
        if (q.username() != null) {
            sql.append(" AND lower(username) = lower(?)");
            params.add(q.username());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            params.add(q.action());
        }
        if (q.since() != null) {
            sql.append(" AND created_at >= ?");
            params.add(q.since());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(q.limit());
        params.add(q.offset());
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Entry(rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class), (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))).list();
    }

    /** The original keeps 90 days. */
    public int purgeOlderThanDays(int days) {
        return jdbc.sql("DELETE FROM studio_audit_log WHERE created_at < now() - make_interval(days => ?)")
                .param(days).update();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
