package dev.keel.domain.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Platform-level table (keys are not owned by an organization). */
@Repository
public class SigningKeyRepository {
    private static final RowMapper<SigningKey> MAPPER = (rs, n) -> new SigningKey(rs.getString("kid"),
            rs.getString("algorithm"), rs.getBytes("private_key"), rs.getBytes("public_key"));

    private final JdbcClient jdbc;

    public SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SigningKey> findActive() {
        return jdbc.sql("SELECT kid, algorithm, private_key, public_key FROM signing_keys WHERE active")
                .query(MAPPER).optional();
    }

    /** Inserts the key unless another active key already exists (the partial unique index decides the race). */
    public boolean insertIfNoActive(SigningKey key) {
        return jdbc.sql("INSERT INTO signing_keys (kid, algorithm, private_key, public_key, active) "
                        + "VALUES (:kid, :alg, :priv, :pub, true) ON CONFLICT DO NOTHING")
                .param("kid", key.kid()).param("alg", key.algorithm())
                .param("priv", key.privateKey()).param("pub", key.publicKey()).update() == 1;
    }

    /** Every key whose tokens may still be valid: published in the JWKS and accepted by the verifier. */
    public List<SigningKey> findAll() {
        return jdbc.sql("SELECT kid, algorithm, private_key, public_key FROM signing_keys ORDER BY created_at")
                .query(MAPPER).list();
    }
}
