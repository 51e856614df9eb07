package dev.keel.domain.recruiting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications, always read and written within one organization. */
@Repository
public class ApplicationRepository {
    private static final String COLUMNS = "id, org_id, job_id, candidate_id, status, source, fit_score";
    private static final String FILTER = " WHERE org_id = :org AND (CAST(:job AS BIGINT) IS NULL OR job_id = :job)"
            + " AND (CAST(:candidate AS BIGINT) IS NULL OR candidate_id = :candidate)";

    private final JdbcClient jdbc;

    public ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Application> list(long orgId, Long jobId, Long candidateId, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications" + FILTER + " ORDER BY id LIMIT :limit OFFSET :skip")
                .param("org", orgId).param("job", jobId).param("candidate", candidateId)
                .param("limit", page.limit()).param("skip", page.skip())
                .query(ApplicationRepository::map).list();
    }

    public long count(long orgId, Long jobId, Long candidateId) {
        return jdbc.sql("SELECT count(*) FROM applications" + FILTER)
                .param("org", orgId).param("job", jobId).param("candidate", candidateId)
                .query(Long.class).single();
    }

    public Optional<Application> find(long orgId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(ApplicationRepository::map).optional();
    }

    /**
     * Inserts only when job and candidate both belong to the organization (empty otherwise). A second
     * application for the same pair fails with DuplicateKeyException from the UNIQUE constraint.
     */
    public Optional<Long> insert(long orgId, long jobId, long candidateId, ApplicationFields f) {
        return jdbc.sql("INSERT INTO applications (org_id, job_id, candidate_id, status, source, fit_score)"
                        + " SELECT ?, j.id, c.id, ?, ?, ? FROM jobs j, candidates c"
                        + " WHERE j.org_id = ? AND j.id = ? AND c.org_id = ? AND c.id = ? RETURNING id")
                .params(orgId, f.status(), f.source(), f.fitScore(), orgId, jobId, orgId, candidateId)
                .query(Long.class).optional();
    }

    public boolean update(long orgId, long id, ApplicationFields f) {
        return jdbc.sql("UPDATE applications SET status = ?, source = ?, fit_score = ?, updated_at = now()"
                        + " WHERE org_id = ? AND id = ?")
                .params(f.status(), f.source(), f.fitScore(), orgId, id).update() == 1;
    }

    public boolean delete(long orgId, long id) {
        return jdbc.sql("DELETE FROM applications WHERE org_id = ? AND id = ?").params(orgId, id).update() == 1;
    }

    private static Application map(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("job_id"), rs.getLong("candidate_id"),
                new ApplicationFields(rs.getString("status"), rs.getString("source"),
                        JobRepository.integer(rs, "fit_score")));
    }
}
