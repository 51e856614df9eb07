package dev.keel.domain.recruiting.matching;

import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An embedding batch that was terminated, timed out or failed took its intents with it: every profile of the
 * organization that has no vector yet gets a fresh intent, so the next batch embeds it. (A profile whose
 * re-embedding was lost keeps its previous vector until it changes again.)
 */
@Component
public class EmbeddingRunCloser implements RunCloser {
    private final JdbcClient jdbc;

    public EmbeddingRunCloser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("recruiting-embedding");
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        requeue(run.orgId(), "job", "jobs");
        requeue(run.orgId(), "candidate", "candidates");
    }

    private void requeue(long orgId, String kind, String table) {
        jdbc.sql("INSERT INTO embedding_outbox (org_id, kind, profile_id, deleted) SELECT p.org_id, ?, p.id, false"
                        + " FROM " + table + " p WHERE p.org_id = ? AND NOT EXISTS (SELECT 1 FROM profile_embeddings e"
                        + " WHERE e.kind = ? AND e.profile_id = p.id AND e.vector IS NOT NULL)"
                        + " ON CONFLICT (kind, profile_id) DO NOTHING")
                .params(kind, orgId, kind)
                .update();
    }
}
