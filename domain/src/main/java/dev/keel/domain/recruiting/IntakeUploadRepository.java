package dev.keel.domain.recruiting;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded job reqs, resumes and prompts, stored in PostgreSQL so workflow payloads stay small. */
@Repository
public class IntakeUploadRepository {
    private final JdbcClient jdbc;

    public IntakeUploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long orgId, String kind, String filename, String contentType, byte[] content, String notes) {
        return jdbc.sql("INSERT INTO intake_uploads (org_id, kind, filename, content_type, content, notes)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(orgId, kind, filename, contentType, content, notes).query(Long.class).single();
    }

    public Optional<IntakeUpload> find(long orgId, long id) {
        return jdbc.sql("SELECT id, org_id, kind, filename, content_type, content, notes, text FROM intake_uploads"
                        + " WHERE org_id = ? AND id = ?")
                .params(orgId, id)
                .query((rs, row) -> new IntakeUpload(rs.getLong("id"), rs.getLong("org_id"), rs.getString("kind"),
                        rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content"),
                        rs.getString("notes"), rs.getString("text")))
                .optional();
    }

    /** Stores the extracted text; repeating it with the same text is harmless. */
    public void saveText(long orgId, long id, String text) {
        jdbc.sql("UPDATE intake_uploads SET text = ? WHERE org_id = ? AND id = ?").params(text, orgId, id).update();
    }
}
