package dev.keel.domain.recruiting;

import dev.keel.domain.recruiting.ProfileChanged.Kind;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Candidates, always read and written within one organization. */
@Repository
public class CandidateRepository {
    private static final String COLUMNS = "id, org_id, full_name, headline, location, experience_years, current_title,"
            + " current_company, linkedin_url, github_url, website_url, notes";
    private static final String WRITE_COLUMNS = "full_name, headline, location, experience_years, current_title,"
            + " current_company, linkedin_url, github_url, website_url, notes";
    private static final String FILTER = " WHERE org_id = :org AND (CAST(:q AS TEXT) IS NULL"
            + " OR strpos(lower(full_name), lower(:q)) > 0)";

    private final JdbcClient jdbc;

    public CandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Candidate> list(long orgId, String q, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidates" + FILTER + " ORDER BY id LIMIT :limit OFFSET :skip")
                .param("org", orgId).param("q", q).param("limit", page.limit()).param("skip", page.skip())
                .query(CandidateRepository::map).list();
    }

    public long count(long orgId, String q) {
        return jdbc.sql("SELECT count(*) FROM candidates" + FILTER).param("org", orgId).param("q", q)
                .query(Long.class).single();
    }

    public Optional<Candidate> find(long orgId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidates WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(CandidateRepository::map).optional();
    }

    /** Inserts the candidate and records its embedding intent in one statement. */
    public Candidate insertWithIntent(long orgId, CandidateFields f) {
        return jdbc.sql(EmbeddingOutbox.recordingIntents(Kind.CANDIDATE, false, "INSERT INTO candidates (org_id, "
                        + WRITE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS))
                .params(orgId, f.fullName(), f.headline(), f.location(), f.experienceYears(), f.currentTitle(),
                        f.currentCompany(), f.linkedinUrl(), f.githubUrl(), f.websiteUrl(), f.notes())
                .query(CandidateRepository::map).single();
    }

    /** Inserts once per intake workflow; a repeat returns the id of the row the first attempt made. */
    public IntakeInsert insertForIntake(long orgId, CandidateFields f, String workflowId) {
        Optional<Long> inserted = jdbc.sql("INSERT INTO candidates (org_id, " + WRITE_COLUMNS + ", intake_workflow_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (intake_workflow_id) DO NOTHING RETURNING id")
                .params(orgId, f.fullName(), f.headline(), f.location(), f.experienceYears(), f.currentTitle(),
                        f.currentCompany(), f.linkedinUrl(), f.githubUrl(), f.websiteUrl(), f.notes(), workflowId)
                .query(Long.class).optional();
        if (inserted.isPresent()) {
            return new IntakeInsert(inserted.get(), true);
        }
        return new IntakeInsert(jdbc.sql("SELECT id FROM candidates WHERE org_id = ? AND intake_workflow_id = ?")
                .params(orgId, workflowId).query(Long.class).single(), false);
    }

    /** Updates the candidate and records its embedding intent in one statement; empty when there is no such row. */
    public Optional<Candidate> updateWithIntent(long orgId, long id, CandidateFields f) {
        return jdbc.sql(EmbeddingOutbox.recordingIntents(Kind.CANDIDATE, false, "UPDATE candidates SET full_name = ?,"
                        + " headline = ?, location = ?, experience_years = ?, current_title = ?, current_company = ?,"
                        + " linkedin_url = ?, github_url = ?, website_url = ?, notes = ?, updated_at = now()"
                        + " WHERE org_id = ? AND id = ? RETURNING " + COLUMNS))
                .params(f.fullName(), f.headline(), f.location(), f.experienceYears(), f.currentTitle(),
                        f.currentCompany(), f.linkedinUrl(), f.githubUrl(), f.websiteUrl(), f.notes(), orgId, id)
                .query(CandidateRepository::map).optional();
    }

    /**
     * Deletes the candidate and records the deletion as an embedding intent in one statement. Applications and
     * match logs of the candidate go with it (ON DELETE CASCADE).
     */
    public boolean deleteWithIntent(long orgId, long id) {
        return jdbc.sql(EmbeddingOutbox.recordingIntents(Kind.CANDIDATE, true,
                        "DELETE FROM candidates WHERE org_id = ? AND id = ? RETURNING org_id, id"))
                .params(orgId, id).query((rs, n) -> rs.getLong("id")).optional().isPresent();
    }

    private static Candidate map(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getLong("org_id"), new CandidateFields(rs.getString("full_name"),
                rs.getString("headline"), rs.getString("location"), JobRepository.integer(rs, "experience_years"),
                rs.getString("current_title"), rs.getString("current_company"), rs.getString("linkedin_url"),
                rs.getString("github_url"), rs.getString("website_url"), rs.getString("notes")));
    }
}
