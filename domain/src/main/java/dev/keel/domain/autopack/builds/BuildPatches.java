package dev.keel.domain.autopack.builds;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patch texts of maintenance runs, keyed by run and SHA-256 (storing the same patch twice keeps one row). */
@Repository
public class BuildPatches {
    private final JdbcClient jdbc;

    public BuildPatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void store(long runPk, String sha256, String content) {
        jdbc.sql("INSERT INTO autopack_patches (run_pk, sha256, content) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(runPk, sha256, content).update();
    }

    public Optional<String> find(long runPk, String sha256) {
        return jdbc.sql("SELECT content FROM autopack_patches WHERE run_pk = ? AND sha256 = ?")
                .params(runPk, sha256).query(String.class).optional();
    }
}
