package dev.keel.domain.recruiting.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only access to jobs and candidates for matching; every query is scoped by org_id. */
@Repository
public class RecruitingProfiles {
    private static final String JOB_COLUMNS = "id, title, department, location, status, description, "
            + "ARRAY(SELECT jsonb_array_elements_text(required_skills)) AS required_skills, "
            + "ARRAY(SELECT jsonb_array_elements_text(nice_to_have_skills)) AS nice_to_have_skills";
    private static final String CANDIDATE_COLUMNS =
            "id, full_name, headline, location, experience_years, current_title, current_company, notes";

    private final JdbcClient jdbc;

    public RecruitingProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<JobProfile> job(long orgId, long id) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(RecruitingProfiles::job).optional();
    }

    public Optional<CandidateProfile> candidate(long orgId, long id) {
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS + " FROM candidates WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(RecruitingProfiles::candidate).optional();
    }

    /** The job, row-locked FOR SHARE until the caller's transaction ends (no concurrent update can commit). */
    public Optional<JobProfile> jobForShare(long orgId, long id) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE org_id = ? AND id = ? FOR SHARE")
                .params(orgId, id).query(RecruitingProfiles::job).optional();
    }

    public Optional<CandidateProfile> candidateForShare(long orgId, long id) {
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS + " FROM candidates WHERE org_id = ? AND id = ? FOR SHARE")
                .params(orgId, id).query(RecruitingProfiles::candidate).optional();
    }

    public List<JobProfile> jobs(long orgId, Collection<Long> ids) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE org_id = ? AND id = ANY(?)")
                .params(orgId, ids.toArray(Long[]::new)).query(RecruitingProfiles::job).list();
    }

    public List<CandidateProfile> candidates(long orgId, Collection<Long> ids) {
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS + " FROM candidates WHERE org_id = ? AND id = ANY(?)")
                .params(orgId, ids.toArray(Long[]::new)).query(RecruitingProfiles::candidate).list();
    }

    /**
     * The embedding text ({@link ProfileText}) of each listed profile that still exists, by id; with
     * {@code lockForShare} the rows stay locked FOR SHARE until the caller's transaction ends.
     */
    public Map<Long, String> texts(long orgId, String kind, Collection<Long> ids, boolean lockForShare) {
        String lock = lockForShare ? " FOR SHARE" : "";
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, String> out = new HashMap<>();
        if (DefaultMatchingService.JOB.equals(kind)) {
            jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE org_id = ? AND id = ANY(?)" + lock)
                    .params(orgId, array).query(RecruitingProfiles::job).list()
                    .forEach(j -> out.put(j.id(), ProfileText.of(j)));
        } else if (DefaultMatchingService.CANDIDATE.equals(kind)) {
            jdbc.sql("SELECT " + CANDIDATE_COLUMNS + " FROM candidates WHERE org_id = ? AND id = ANY(?)" + lock)
                    .params(orgId, array).query(RecruitingProfiles::candidate).list()
                    .forEach(c -> out.put(c.id(), ProfileText.of(c)));
        } else {
            throw new IllegalArgumentException("Unknown profile kind " + kind);
        }
        return out;
    }

    /** The org's newest jobs with no vector of {@code model} yet (embedding pending, or nothing to embed). */
    public List<JobProfile> jobsWithoutVector(long orgId, String model, int limit) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs j WHERE org_id = ? AND NOT EXISTS (SELECT 1 FROM "
                        + "profile_embeddings e WHERE e.kind = 'job' AND e.profile_id = j.id AND e.model = ? "
                        + "AND e.vector IS NOT NULL) ORDER BY id DESC LIMIT ?")
                .params(orgId, model, limit).query(RecruitingProfiles::job).list();
    }

    public List<CandidateProfile> candidatesWithoutVector(long orgId, String model, int limit) {
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS + " FROM candidates c WHERE org_id = ? AND NOT EXISTS (SELECT 1 "
                        + "FROM profile_embeddings e WHERE e.kind = 'candidate' AND e.profile_id = c.id "
                        + "AND e.model = ? AND e.vector IS NOT NULL) ORDER BY id DESC LIMIT ?")
                .params(orgId, model, limit).query(RecruitingProfiles::candidate).list();
    }

    public List<JobProfile> allJobs(long orgId) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs WHERE org_id = ? ORDER BY id")
                .param(orgId).query(RecruitingProfiles::job).list();
    }

    public List<CandidateProfile> allCandidates(long orgId) {
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS + " FROM candidates WHERE org_id = ? ORDER BY id")
                .param(orgId).query(RecruitingProfiles::candidate).list();
    }

    private static JobProfile job(ResultSet rs, int row) throws SQLException {
        return new JobProfile(rs.getLong("id"), rs.getString("title"), rs.getString("department"),
                rs.getString("location"), rs.getString("status"), rs.getString("description"),
                strings(rs.getArray("required_skills")), strings(rs.getArray("nice_to_have_skills")));
    }

    private static CandidateProfile candidate(ResultSet rs, int row) throws SQLException {
        return new CandidateProfile(rs.getLong("id"), rs.getString("full_name"), rs.getString("headline"),
                rs.getString("location"), rs.getObject("experience_years", Integer.class),
                rs.getString("current_title"), rs.getString("current_company"), rs.getString("notes"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
