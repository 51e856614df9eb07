package dev.keel.domain.pluto.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** pluto_intakes (one row per issued link) and the acceptance of a submission, which consumes the link. */
@Repository
public class PlutoIntakeRepository {
    private static final String COLUMNS = "id, org_id, candidate_id, workflow_id, status, expires_at";

    private final JdbcClient jdbc;

    public PlutoIntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The candidate's submission is still being applied, or another link is being issued at the same moment. */
    public static final class IntakeBusyException extends RuntimeException {
        public IntakeBusyException(String message) {
            super(message);
        }
    }

    /**
     * Stores a new link after revoking the candidate's open one (joins the caller's transaction). Throws
     * {@link IntakeBusyException} while a submission of the candidate is being applied. Returns the revoked link.
     */
    @Transactional
    public Optional<PlutoIntake> replaceOpen(PlutoIntake intake, Long createdBy) {
        List<PlutoIntake> live = jdbc.sql("SELECT " + COLUMNS + " FROM pluto_intakes WHERE candidate_id = ?"
                        + " AND status IN ('open', 'submitted') FOR UPDATE")
                .param(intake.candidateId()).query(PlutoIntakeRepository::map).list();
        if (live.stream().anyMatch(i -> PlutoIntake.SUBMITTED.equals(i.status()))) {
            throw new IntakeBusyException("The candidate's intake submission is still being processed");
        }
        jdbc.sql("UPDATE pluto_intakes SET status = 'revoked', finished_at = now() WHERE candidate_id = ?"
                + " AND status = 'open'").param(intake.candidateId()).update();
        try {
            jdbc.sql("INSERT INTO pluto_intakes (id, org_id, candidate_id, workflow_id, status, expires_at, created_by)"
                            + " VALUES (?, ?, ?, ?, 'open', ?, ?)")
                    .params(intake.id(), intake.orgId(), intake.candidateId(), intake.workflowId(),
                            Timestamp.from(intake.expiresAt()), createdBy)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IntakeBusyException("Another intake link for this candidate is being issued; try again");
        }
        return live.stream().findFirst();
    }

    public Optional<PlutoIntake> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_intakes WHERE id = ?").param(id)
                .query(PlutoIntakeRepository::map).optional();
    }

    /**
     * Consumes the open, unexpired link and stores the submission, atomically (joins the caller's transaction).
     * Returns false, storing nothing, when the link is not open any more or has expired.
     */
    @Transactional
    public boolean acceptSubmission(PlutoIntake intake, UUID submissionId, IntakeFields f) {
        int consumed = jdbc.sql("UPDATE pluto_intakes SET status = 'submitted', submitted_at = now()"
                        + " WHERE id = ? AND status = 'open' AND expires_at > now()")
                .param(intake.id()).update();
        if (consumed == 0) {
            return false;
        }
        jdbc.sql("INSERT INTO pluto_intake_submissions (id, intake_id, org_id, candidate_id, name, job_title,"
                        + " location_city, location_state, years_sales_experience, linkedin_headline, phone, email)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(submissionId, intake.id(), intake.orgId(), intake.candidateId(), f.name(), f.jobTitle(),
                        f.locationCity(), f.locationState(), f.yearsSalesExperience(), f.linkedinHeadline(),
                        f.phone(), f.email())
                .update();
        return true;
    }

    /**
     * Undoes {@link #acceptSubmission} when the workflow could not be told: deletes the submission and sets the
     * link back to {@code status} (open: the candidate may retry; expired: the workflow is gone).
     */
    @Transactional
    public void rollBackSubmission(UUID intakeId, UUID submissionId, String status) {
        jdbc.sql("DELETE FROM pluto_intake_submissions WHERE id = ? AND applied_at IS NULL").param(submissionId).update();
        jdbc.sql("UPDATE pluto_intakes SET status = ?, submitted_at = NULL,"
                        + " finished_at = CASE WHEN ? = 'open' THEN NULL ELSE now() END"
                        + " WHERE id = ? AND status = 'submitted'")
                .params(status, status, intakeId).update();
    }

    /** Marks a submitted link completed and its submission applied; a repeat changes nothing. */
    @Transactional
    public void complete(UUID intakeId, UUID submissionId) {
        jdbc.sql("UPDATE pluto_intakes SET status = 'completed', finished_at = now() WHERE id = ? AND status = 'submitted'")
                .param(intakeId).update();
        jdbc.sql("UPDATE pluto_intake_submissions SET applied_at = COALESCE(applied_at, now()) WHERE id = ?")
                .param(submissionId).update();
    }

    /** Marks the link expired if it is still open; returns whether it was. */
    public boolean expire(UUID intakeId) {
        return jdbc.sql("UPDATE pluto_intakes SET status = 'expired', finished_at = now() WHERE id = ? AND status = 'open'")
                .param(intakeId).update() == 1;
    }

    /**
     * The candidate's intake workflow ended without finishing its link (terminated, cancelled, failed): every
     * open or submitted link of the candidate stops working (410 expired) and a new link can be issued.
     * Returns how many links changed.
     */
    public int invalidateLive(UUID candidateId) {
        return jdbc.sql("UPDATE pluto_intakes SET status = 'expired', finished_at = now() WHERE candidate_id = ?"
                + " AND status IN ('open', 'submitted')").param(candidateId).update();
    }

    static PlutoIntake map(ResultSet rs, int row) throws SQLException {
        return new PlutoIntake(rs.getObject("id", UUID.class), rs.getLong("org_id"),
                rs.getObject("candidate_id", UUID.class), rs.getString("workflow_id"), rs.getString("status"),
                rs.getTimestamp("expires_at").toInstant());
    }
}
