package dev.keel.domain.studio.config;

import dev.keel.domain.studio.StudioJson;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A user's studio config: settings row, providers and models. Every query is scoped by user and org. */
@Repository
public class StudioConfigRepository {
    private static final RowMapper<StudioProvider> PROVIDER = (rs, n) -> new StudioProvider(rs.getLong("id"),
            rs.getString("provider_key"), rs.getString("display_name"), rs.getString("api_base"),
            rs.getString("api_key_env"), rs.getBytes("api_key_cipher"), rs.getString("model_id_prefix"),
            rs.getInt("position"));
    private static final RowMapper<StudioModel> MODEL = (rs, n) -> new StudioModel(rs.getLong("id"),
            rs.getLong("provider_id"), rs.getString("model_id"), rs.getString("display_name"),
            rs.getInt("context_window"), (Integer) rs.getObject("max_output_tokens"),
            StudioJson.strings(rs.getString("skip_params")), StudioJson.map(rs.getString("custom_fields")),
            rs.getInt("position"));
    private static final RowMapper<StudioUserSettings> SETTINGS = (rs, n) -> new StudioUserSettings(
            StudioJson.map(rs.getString("defaults")), StudioJson.map(rs.getString("prompt_templates")),
            StudioJson.map(rs.getString("phase10")), rs.getBoolean("onboarding_completed"));

    private final JdbcClient jdbc;

    public StudioConfigRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's settings; the first access seeds the defaults and the default providers in one transaction. */
    @Transactional
    public StudioUserSettings settings(long orgId, long userId) {
        int inserted = jdbc.sql("INSERT INTO studio_user_settings (user_id, org_id, defaults, prompt_templates) "
                        + "VALUES (?, ?, CAST(? AS JSON), CAST(? AS JSON)) ON CONFLICT (user_id) DO NOTHING")
                .params(userId, orgId, StudioJson.write(StudioDefaults.defaults()),
                        StudioJson.write(StudioDefaults.promptTemplates())).update();
        if (inserted == 1) {
            for (StudioDefaults.DefaultProvider p : StudioDefaults.PROVIDERS) {
                long id = insertProvider(orgId, userId, p.key(), p.displayName(), "", p.apiKeyEnv(), null, p.prefix());
                for (StudioDefaults.DefaultModel m : p.models()) {
                    insertModel(userId, id, m.modelId(), m.displayName(), m.contextWindow(), null, m.skipParams());
                }
            }
        }
        return jdbc.sql("SELECT * FROM studio_user_settings WHERE user_id = ? AND org_id = ?")
                .params(userId, orgId).query(SETTINGS).single();
    }

    public void updateSettings(long orgId, long userId, StudioUserSettings s) {
        jdbc.sql("UPDATE studio_user_settings SET defaults = CAST(? AS JSON), prompt_templates = CAST(? AS JSON), "
                        + "phase10 = CAST(? AS JSON), onboarding_completed = ?, updated_at = now() "
                        + "WHERE user_id = ? AND org_id = ?")
                .params(StudioJson.write(s.defaults()), StudioJson.write(s.promptTemplates()),
                        StudioJson.write(s.phase10()), s.onboardingCompleted(), userId, orgId).update();
    }

    public List<StudioProvider> providers(long orgId, long userId) {
        return jdbc.sql("SELECT * FROM studio_providers WHERE user_id = ? AND org_id = ? ORDER BY position, id")
                .params(userId, orgId).query(PROVIDER).list();
    }

    /** For the worker's StudioTargets: the user id alone identifies the config. */
    public List<StudioProvider> providers(long userId) {
        return jdbc.sql("SELECT * FROM studio_providers WHERE user_id = ? ORDER BY position, id")
                .param(userId).query(PROVIDER).list();
    }

    public Optional<StudioProvider> provider(long userId, String providerKey) {
        return jdbc.sql("SELECT * FROM studio_providers WHERE user_id = ? AND provider_key = ?")
                .params(userId, providerKey).query(PROVIDER).optional();
    }

    public List<StudioModel> models(long userId) {
        return jdbc.sql("SELECT * FROM studio_models WHERE user_id = ? ORDER BY position, id")
                .param(userId).query(MODEL).list();
    }

    public long insertProvider(long orgId, long userId, String key, String displayName, String apiBase,
                               String apiKeyEnv, byte[] apiKeyCipher, String prefix) {
        return jdbc.sql("INSERT INTO studio_providers (user_id, org_id, provider_key, display_name, api_base, "
                        + "api_key_env, api_key_cipher, model_id_prefix, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "(SELECT coalesce(max(position), -1) + 1 FROM studio_providers WHERE user_id = ?)) "
                        + "RETURNING id")
                .params(userId, orgId, key, displayName, apiBase, apiKeyEnv, apiKeyCipher, prefix, userId)
                .query(Long.class).single();
    }

    public void updateProvider(long userId, StudioProvider p) {
        jdbc.sql("UPDATE studio_providers SET display_name = ?, api_base = ?, api_key_env = ?, api_key_cipher = ?, "
                        + "model_id_prefix = ? WHERE id = ? AND user_id = ?")
                .params(p.displayName(), p.apiBase(), p.apiKeyEnv(), p.apiKeyCipher(), p.modelIdPrefix(), p.id(),
                        userId).update();
    }

    public boolean deleteProvider(long userId, String providerKey) {
        return jdbc.sql("DELETE FROM studio_providers WHERE user_id = ? AND provider_key = ?")
                .params(userId, providerKey).update() > 0;
    }

    public void insertModel(long userId, long providerId, String modelId, String displayName, int contextWindow,
                            Integer maxOutputTokens, List<String> skipParams) {
        jdbc.sql("INSERT INTO studio_models (provider_id, user_id, model_id, display_name, context_window, "
                        + "max_output_tokens, skip_params, position) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSON), "
                        + "(SELECT coalesce(max(position), -1) + 1 FROM studio_models WHERE provider_id = ?))")
                .params(providerId, userId, modelId, displayName, contextWindow, maxOutputTokens,
                        StudioJson.write(skipParams), providerId).update();
    }

    public void updateModel(long userId, StudioModel m) {
        jdbc.sql("UPDATE studio_models SET model_id = ?, display_name = ?, context_window = ?, max_output_tokens = ?, "
                        + "skip_params = CAST(? AS JSON), custom_fields = CAST(? AS JSON) WHERE id = ? AND user_id = ?")
                .params(m.modelId(), m.displayName(), m.contextWindow(), m.maxOutputTokens(),
                        StudioJson.write(m.skipParams()), StudioJson.write(m.customFields()), m.id(), userId)
                .update();
    }

    public boolean deleteModel(long userId, long providerId, String modelId) {
        return jdbc.sql("DELETE FROM studio_models WHERE user_id = ? AND provider_id = ? AND model_id = ?")
                .params(userId, providerId, modelId).update() > 0;
    }
}
