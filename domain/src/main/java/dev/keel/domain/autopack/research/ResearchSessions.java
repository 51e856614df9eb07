package dev.keel.domain.autopack.research;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Research sessions, per organization (the original kept them in memory). */
@Repository
public class ResearchSessions {
    private final JdbcClient jdbc;

    public ResearchSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResearchSession create(long orgId, String topic, String description) {
        return jdbc.sql("INSERT INTO autopack_research_sessions (org_id, topic, description) VALUES (?, ?, ?)"
                        + " RETURNING *").params(orgId, topic, description).query(ResearchSessions::map).single();
    }

    public List<ResearchSession> list(long orgId, int limit) {
        return jdbc.sql("SELECT * FROM autopack_research_sessions WHERE org_id = ? ORDER BY id DESC LIMIT ?")
                .params(orgId, limit).query(ResearchSessions::map).list();
    }

    public Optional<ResearchSession> find(long orgId, long id) {
        return jdbc.sql("SELECT * FROM autopack_research_sessions WHERE org_id = ? AND id = ?").params(orgId, id)
                .query(ResearchSessions::map).optional();
    }

    private static ResearchSession map(ResultSet rs, int row) throws SQLException {
        return new ResearchSession(rs.getLong("id"), rs.getString("topic"), rs.getString("description"),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant());
    }
}
