package dev.keel.domain.pluto.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** pluto_runs and their stored CSV; at most one unfinished run per organization (a partial unique index). */
@Repository
public class PlutoRunRepository {
    private static final String COLUMNS = "id, org_id, workflow_id, filename, job_description, skip_ai_scoring, status,"
            + " phase, message, candidates_total, created_at, finished_at, ai_unavailable";

    private final JdbcClient jdbc;

    public PlutoRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Thrown when the organization already has an unfinished run. */
    public static final class RunInProgressException extends RuntimeException {
        public RunInProgressException() {
            super("a scoring pipeline is already running for this organization");
        }
    }

    /** Creates the run and stores its file in one transaction. */
    @Transactional
    public void create(PlutoRun run, Long createdBy, byte[] csv) {
        try {
            jdbc.sql("INSERT INTO pluto_runs (id, org_id, created_by, workflow_id, filename, job_description,"
                            + " skip_ai_scoring, status, phase, message, candidates_total)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(run.id(), run.orgId(), createdBy, run.workflowId(), run.filename(), run.jobDescription(),
                            run.skipAiScoring(), run.status(), run.phase(), run.message(), run.candidatesTotal())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RunInProgressException();
        }
        jdbc.sql("INSERT INTO pluto_run_files (run_id, content, size_bytes) VALUES (?, ?, ?)")
                .params(run.id(), csv, csv.length).update();
    }

    public Optional<PlutoRun> find(long orgId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_runs WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(PlutoRunRepository::map).optional();
    }

    public Optional<PlutoRun> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_runs WHERE id = ?")
                .params(id).query(PlutoRunRepository::map).optional();
    }

    public Optional<PlutoRun> latest(long orgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_runs WHERE org_id = ? ORDER BY created_at DESC, id LIMIT 1")
                .params(orgId).query(PlutoRunRepository::map).optional();
    }

    public byte[] file(UUID runId) {
        return jdbc.sql("SELECT content FROM pluto_run_files WHERE run_id = ?").params(runId)
                .query(byte[].class).single();
    }

    /** Records the phase; a finished run is never changed again (a late retry cannot reopen it). */
    public void updateProgress(UUID runId, String status, String phase, String message, boolean finished) {
        jdbc.sql("UPDATE pluto_runs SET status = ?, phase = ?, message = ?, updated_at = now(),"
                        + " finished_at = CASE WHEN ? THEN now() ELSE NULL END WHERE id = ? AND finished_at IS NULL")
                .params(status, phase, message, finished, runId).update();
    }

    /** Keeps why AI scoring was given up for the run; the first reason stays. */
    public void recordAiUnavailable(UUID runId, String reason) {
        jdbc.sql("UPDATE pluto_runs SET ai_unavailable = COALESCE(ai_unavailable, ?) WHERE id = ?")
                .params(reason, runId).update();
    }

    /** The organization's unfinished run (the one holding its slot), if any. */
    public Optional<PlutoRun> unfinished(long orgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_runs WHERE org_id = ? AND finished_at IS NULL")
                .params(orgId).query(PlutoRunRepository::map).optional();
    }

    /** The run of a workflow id. */
    public Optional<PlutoRun> findByWorkflowId(String workflowId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_runs WHERE workflow_id = ?")
                .params(workflowId).query(PlutoRunRepository::map).optional();
    }

    static PlutoRun map(ResultSet rs, int row) throws SQLException {
        return new PlutoRun(rs.getObject("id", UUID.class), rs.getLong("org_id"), rs.getString("workflow_id"),
                rs.getString("filename"), rs.getString("job_description"), rs.getBoolean("skip_ai_scoring"),
                rs.getString("status"), rs.getString("phase"), rs.getString("message"), rs.getInt("candidates_total"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("ai_unavailable"));
    }
}
