package dev.keel.domain.pluto.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Intake submissions and what applying one changes: the candidate's profile columns and contact fields. */
@Repository
public class PlutoIntakeSubmissionRepository {
    private final JdbcClient jdbc;

    public PlutoIntakeSubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlutoIntakeSubmission> find(UUID id) {
        return jdbc.sql("SELECT id, intake_id, org_id, candidate_id, name, job_title, location_city, location_state,"
                        + " years_sales_experience, linkedin_headline, phone, email FROM pluto_intake_submissions"
                        + " WHERE id = ?")
                .param(id).query(PlutoIntakeSubmissionRepository::map).optional();
    }

    /**
     * Copies the submission's non-null fields onto the candidate and its contact row. Idempotent: applying the
     * same submission again writes the same values. Returns false when the candidate no longer exists.
     */
    @Transactional
    public boolean apply(PlutoIntakeSubmission s) {
        IntakeFields f = s.fields();
        int updated = jdbc.sql("UPDATE pluto_candidates SET name = COALESCE(?, name), job_title = COALESCE(?, job_title),"
                        + " location_city = COALESCE(?, location_city), location_state = COALESCE(?, location_state),"
                        + " years_sales_experience = COALESCE(?, years_sales_experience),"
                        + " linkedin_headline = COALESCE(?, linkedin_headline), updated_at = now()"
                        + " WHERE id = ? AND org_id = ?")
                .params(f.name(), f.jobTitle(), f.locationCity(), f.locationState(), f.yearsSalesExperience(),
                        f.linkedinHeadline(), s.candidateId(), s.orgId())
                .update();
        if (updated == 0) {
            return false;
        }
        if (f.phone() != null || f.email() != null) {
            jdbc.sql("INSERT INTO pluto_candidate_contacts (candidate_id, org_id, phone, email) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (candidate_id) DO UPDATE SET"
                            + " phone = COALESCE(EXCLUDED.phone, pluto_candidate_contacts.phone),"
                            + " email = COALESCE(EXCLUDED.email, pluto_candidate_contacts.email), updated_at = now()")
                    .params(s.candidateId(), s.orgId(), f.phone(), f.email())
                    .update();
        }
        return true;
    }

    public CandidateContact contact(long orgId, UUID candidateId) {
        return jdbc.sql("SELECT phone, email FROM pluto_candidate_contacts WHERE org_id = ? AND candidate_id = ?")
                .params(orgId, candidateId)
                .query((rs, row) -> new CandidateContact(rs.getString("phone"), rs.getString("email")))
                .optional().orElse(CandidateContact.NONE);
    }

    static PlutoIntakeSubmission map(ResultSet rs, int row) throws SQLException {
        IntakeFields fields = new IntakeFields(rs.getString("name"), rs.getString("job_title"),
                rs.getString("location_city"), rs.getString("location_state"),
                rs.getObject("years_sales_experience", Double.class), rs.getString("linkedin_headline"),
                rs.getString("phone"), rs.getString("email"));
        return new PlutoIntakeSubmission(rs.getObject("id", UUID.class), rs.getObject("intake_id", UUID.class),
                rs.getLong("org_id"), rs.getObject("candidate_id", UUID.class), fields);
    }
}
