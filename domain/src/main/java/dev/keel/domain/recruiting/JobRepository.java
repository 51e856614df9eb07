package dev.keel.domain.recruiting;

import dev.keel.domain.recruiting.ProfileChanged.Kind;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jobs, always read and written within one organization. Skills are JSONB arrays of strings. */
@Repository
public class JobRepository {
    private static final String COLUMNS = "id, org_id, created_by_user_id, title, department, location, employment_type,"
            + " remote_option, salary_min, salary_max, currency, description,"
            + " " + skills("required_skills") + ", " + skills("nice_to_have_skills") + ", status, is_public";
    private static final String FILTER = " WHERE org_id = :org AND (CAST(:status AS TEXT) IS NULL OR status = :status)"
            + " AND (CAST(:q AS TEXT) IS NULL OR strpos(lower(title), lower(:q)) > 0)";

    private final JdbcClient jdbc;

    public JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Job> list(long orgId, String status, String q, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs" + FILTER + " ORDER BY id LIMIT :limit OFFSET :skip")
                .param("org", orgId).param("status", status).param("q", q)
                .param("limit", page.limit()).param("skip", page.skip())
                .query(JobRepository::map).list();
    }

    public long count(long orgId, String status, String q) {
        return jdbc.sql("SELECT count(*) FROM jobs" + FILTER)
                .param("org", orgId).param("status", status).param("q", q)
                .query(Long.class).single();
    }

    public Optional<Job> find(long orgId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(JobRepository::map).optional();
    }

    /** Inserts the job and records its embedding intent in one statement. */
    public Job insertWithIntent(long orgId, Long userId, JobFields f) {
        return jdbc.sql(EmbeddingOutbox.recordingIntents(Kind.JOB, false, "INSERT INTO jobs (org_id, created_by_user_id, "
                        + WRITE_COLUMNS + ") VALUES (?, ?, " + VALUES + ") RETURNING " + COLUMNS))
                .params(params(orgId, userId, f, null)).query(JobRepository::map).single();
    }

    /** Inserts once per intake workflow; a repeat returns the id of the row the first attempt made. */
    public IntakeInsert insertForIntake(long orgId, Long userId, JobFields f, String workflowId) {
        Optional<Long> inserted = jdbc.sql("INSERT INTO jobs (org_id, created_by_user_id, " + WRITE_COLUMNS
                        + ", intake_workflow_id) VALUES (?, ?, " + VALUES + ", ?)"
                        + " ON CONFLICT (intake_workflow_id) DO NOTHING RETURNING id")
                .params(params(orgId, userId, f, workflowId)).query(Long.class).optional();
        if (inserted.isPresent()) {
            return new IntakeInsert(inserted.get(), true);
        }
        return new IntakeInsert(jdbc.sql("SELECT id FROM jobs WHERE org_id = ? AND intake_workflow_id = ?")
                .params(orgId, workflowId).query(Long.class).single(), false);
    }

    /** Updates the job and records its embedding intent in one statement; empty when there is no such row. */
    public Optional<Job> updateWithIntent(long orgId, long id, JobFields f) {
        return jdbc.sql(EmbeddingOutbox.recordingIntents(Kind.JOB, false, "UPDATE jobs SET title = ?, department = ?,"
                        + " location = ?, employment_type = ?, remote_option = ?, salary_min = ?, salary_max = ?,"
                        + " currency = ?, description = ?, required_skills = to_jsonb(CAST(? AS text[])),"
                        + " nice_to_have_skills = to_jsonb(CAST(? AS text[])), status = ?, is_public = ?,"
                        + " updated_at = now() WHERE org_id = ? AND id = ? RETURNING " + COLUMNS))
                .params(f.title(), f.department(), f.location(), f.employmentType(), f.remoteOption(), f.salaryMin(),
                        f.salaryMax(), f.currency(), f.description(), array(f.requiredSkills()),
                        array(f.niceToHaveSkills()), f.status(), f.isPublic(), orgId, id)
                .query(JobRepository::map).optional();
    }

    /**
     * Deletes the job and records the deletion as an embedding intent in one statement. Applications and match
     * logs of the job go with it (ON DELETE CASCADE).
     */
    public boolean deleteWithIntent(long orgId, long id) {
        return jdbc.sql(EmbeddingOutbox.recordingIntents(Kind.JOB, true,
                        "DELETE FROM jobs WHERE org_id = ? AND id = ? RETURNING org_id, id"))
                .params(orgId, id).query((rs, n) -> rs.getLong("id")).optional().isPresent();
    }

    private static final String WRITE_COLUMNS = "title, department, location, employment_type, remote_option, salary_min,"
            + " salary_max, currency, description, required_skills, nice_to_have_skills, status, is_public";
    private static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, to_jsonb(CAST(? AS text[])),"
            + " to_jsonb(CAST(? AS text[])), ?, ?";

    private static Object[] params(long orgId, Long userId, JobFields f, String workflowId) {
        List<Object> values = new java.util.ArrayList<>(Arrays.asList(orgId, userId, f.title(), f.department(),
                f.location(), f.employmentType(), f.remoteOption(), f.salaryMin(), f.salaryMax(), f.currency(),
                f.description(), array(f.requiredSkills()), array(f.niceToHaveSkills()), f.status(), f.isPublic()));
        if (workflowId != null) {
            values.add(workflowId);
        }
        return values.toArray();
    }

    /** A JSONB skill list as a text array; a SQL NULL (never set) stays NULL. */
    private static String skills(String column) {
        return "CASE WHEN " + column + " IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(" + column
                + ")) END AS " + column;
    }

    private static String[] array(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? null : List.of((String[]) array.getArray());
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long bigint(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Job map(ResultSet rs, int row) throws SQLException {
        long userId = rs.getLong("created_by_user_id");
        Long createdBy = rs.wasNull() ? null : userId;
        return new Job(rs.getLong("id"), rs.getLong("org_id"), createdBy, new JobFields(rs.getString("title"),
                rs.getString("department"), rs.getString("location"), rs.getString("employment_type"),
                rs.getString("remote_option"), bigint(rs, "salary_min"), bigint(rs, "salary_max"),
                rs.getString("currency"), rs.getString("description"), strings(rs, "required_skills"),
                strings(rs, "nice_to_have_skills"), rs.getString("status"), rs.getBoolean("is_public")));
    }
}
