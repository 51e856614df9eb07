package dev.keel.domain.autopack.files;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded files of an organization: name, type, size and the content hash they are stored under. */
@Repository
public class Uploads {
    private final JdbcClient jdbc;

    public Uploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long record(long orgId, String sha256, String filename, String contentType, long size) {
        return jdbc.sql("""
                        INSERT INTO autopack_uploads (org_id, sha256, filename, content_type, size_bytes)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(orgId, sha256, filename, contentType, size).query(Long.class).single();
    }
}
