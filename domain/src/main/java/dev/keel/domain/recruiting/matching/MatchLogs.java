package dev.keel.domain.recruiting.matching;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes match_logs: all matches of one request in a single INSERT ... SELECT unnest(...) round trip. */
@Repository
public class MatchLogs {
    private final JdbcClient jdbc;

    public record Entry(long jobId, long candidateId, int score, String strategy, String reason) {
    }

    public MatchLogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long orgId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        Long[] jobs = new Long[n];
        Long[] candidates = new Long[n];
        Integer[] scores = new Integer[n];
        String[] strategies = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            jobs[i] = e.jobId();
            candidates[i] = e.candidateId();
            scores[i] = e.score();
            strategies[i] = e.strategy();
            reasons[i] = e.reason();
        }
        jdbc.sql("INSERT INTO match_logs (org_id, job_id, candidate_id, score, strategy, reason) "
                        + "SELECT ?, j, c, s, st, r FROM unnest(?::bigint[], ?::bigint[], ?::int[], ?::text[], ?::text[]) "
                        + "AS t(j, c, s, st, r)")
                .params(orgId, jobs, candidates, scores, strategies, reasons)
                .update();
    }
}
