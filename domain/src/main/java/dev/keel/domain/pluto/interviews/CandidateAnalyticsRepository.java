package dev.keel.domain.pluto.interviews;

import dev.keel.domain.pluto.briefs.BriefJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** pluto_candidate_analytics: one row per (candidate, interview), replaced by a repeated save; org-scoped reads. */
@Repository
public class CandidateAnalyticsRepository {
    private static final String COLUMNS = "candidate_id, interview_id, analytics::text AS analytics, updated_at";

    private final JdbcClient jdbc;

    public CandidateAnalyticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Upserts by (candidate, interview) and returns the stored row. The caller has checked the candidate's org. */
    public CandidateAnalytics save(long orgId, UUID candidateId, String interviewId, InterviewAnalytics analytics) {
        return jdbc.sql("INSERT INTO pluto_candidate_analytics (candidate_id, interview_id, org_id, analytics)"
                        + " VALUES (?, ?, ?, ?::jsonb) ON CONFLICT (candidate_id, interview_id) DO UPDATE SET"
                        + " analytics = EXCLUDED.analytics, updated_at = now() RETURNING " + COLUMNS)
                .params(candidateId, interviewId, orgId, BriefJson.write(analytics))
                .query(CandidateAnalyticsRepository::map).single();
    }

    /** The most recently saved analytics of the candidate, for the candidate detail. */
    public Optional<CandidateAnalytics> latestForCandidate(long orgId, UUID candidateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_candidate_analytics WHERE org_id = ? AND candidate_id = ?"
                        + " ORDER BY updated_at DESC, interview_id LIMIT 1")
                .params(orgId, candidateId).query(CandidateAnalyticsRepository::map).optional();
    }

    static CandidateAnalytics map(ResultSet rs, int row) throws SQLException {
        return new CandidateAnalytics(rs.getObject("candidate_id", UUID.class), rs.getString("interview_id"),
                BriefJson.read(rs.getString("analytics"), InterviewAnalytics.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
