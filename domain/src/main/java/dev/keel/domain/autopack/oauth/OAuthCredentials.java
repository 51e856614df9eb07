package dev.keel.domain.autopack.oauth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** OAuth credentials and their lifecycle events, always within one organization. */
@Repository
public class OAuthCredentials {
    private final JdbcClient jdbc;

    public OAuthCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers or replaces the organization's credential for a provider; failure counts start over. */
    public void register(long orgId, String provider, String tokenEndpoint, String clientId, String secretSealed,
                         String accessSealed, String refreshSealed, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO autopack_oauth_credentials (org_id, provider, token_endpoint, client_id,
                            client_secret_sealed, access_token_sealed, refresh_token_sealed, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (org_id, provider) DO UPDATE SET token_endpoint = excluded.token_endpoint,
                            client_id = excluded.client_id, client_secret_sealed = excluded.client_secret_sealed,
                            access_token_sealed = excluded.access_token_sealed,
                            refresh_token_sealed = excluded.refresh_token_sealed, expires_at = excluded.expires_at,
                            last_refresh_result = NULL, consecutive_failures = 0, updated_at = now()""")
                .params(orgId, provider, tokenEndpoint, clientId, secretSealed, accessSealed, refreshSealed,
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
    }

    public Optional<OAuthCredential> find(long orgId, String provider) {
        return jdbc.sql("SELECT * FROM autopack_oauth_credentials WHERE org_id = ? AND provider = ?")
                .params(orgId, provider).query(OAuthCredentials::map).optional();
    }

    public List<OAuthCredential> list(long orgId) {
        return jdbc.sql("SELECT * FROM autopack_oauth_credentials WHERE org_id = ? ORDER BY provider")
                .param(orgId).query(OAuthCredentials::map).list();
    }

    /** A successful refresh: new access token (and refresh token when the provider rotated it), new expiry. */
    public void refreshed(long orgId, String provider, String accessSealed, String refreshSealed, Instant expiresAt) {
        jdbc.sql("""
                        UPDATE autopack_oauth_credentials SET access_token_sealed = ?,
                            refresh_token_sealed = coalesce(?, refresh_token_sealed), expires_at = ?,
                            last_refresh = now(), last_refresh_result = 'success', consecutive_failures = 0,
                            total_refreshes = total_refreshes + 1, updated_at = now()
                        WHERE org_id = ? AND provider = ?""")
                .params(accessSealed, refreshSealed, expiresAt == null ? null : Timestamp.from(expiresAt), orgId,
                        provider)
                .update();
    }

    public void failed(long orgId, String provider, String result) {
        jdbc.sql("""
                        UPDATE autopack_oauth_credentials SET last_refresh = now(), last_refresh_result = ?,
                            consecutive_failures = consecutive_failures + 1, total_refreshes = total_refreshes + 1,
                            total_failures = total_failures + 1, updated_at = now()
                        WHERE org_id = ? AND provider = ?""")
                .params(result, orgId, provider).update();
    }

    public boolean reset(long orgId, String provider) {
        return jdbc.sql("UPDATE autopack_oauth_credentials SET consecutive_failures = 0, updated_at = now()"
                + " WHERE org_id = ? AND provider = ?").params(orgId, provider).update() == 1;
    }

    public void event(long orgId, String provider, String type, String result, String details) {
        jdbc.sql("INSERT INTO autopack_oauth_events (org_id, provider, event_type, result, details) VALUES (?, ?, ?, ?, ?)")
                .params(orgId, provider, type, result, details).update();
    }

    /** Newest first. */
    public List<OAuthEvent> events(long orgId, String provider, int limit) {
        return jdbc.sql("""
                        SELECT * FROM autopack_oauth_events WHERE org_id = ? AND (CAST(? AS TEXT) IS NULL OR provider = ?)
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(orgId, provider, provider, limit)
                .query((rs, i) -> new OAuthEvent(rs.getTimestamp("created_at").toInstant(), rs.getString("provider"),
                        rs.getString("event_type"), rs.getString("result"), rs.getString("details")))
                .list();
    }

    private static OAuthCredential map(ResultSet rs, int row) throws SQLException {
        return new OAuthCredential(rs.getLong("id"), rs.getLong("org_id"), rs.getString("provider"),
                rs.getString("token_endpoint"), rs.getString("client_id"), rs.getString("client_secret_sealed"),
                rs.getString("access_token_sealed"), rs.getString("refresh_token_sealed"), instant(rs, "expires_at"),
                instant(rs, "last_refresh"), rs.getString("last_refresh_result"), rs.getInt("consecutive_failures"),
                rs.getInt("total_refreshes"), rs.getInt("total_failures"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
