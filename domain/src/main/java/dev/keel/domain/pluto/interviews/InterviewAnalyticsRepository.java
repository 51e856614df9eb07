package dev.keel.domain.pluto.interviews;

import dev.keel.domain.pluto.briefs.BriefJson;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** pluto_transcripts and the latest analytics of each room, scoped by organization. */
@Repository
public class InterviewAnalyticsRepository {
    private final JdbcClient jdbc;

    public InterviewAnalyticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long saveTranscript(long orgId, String roomName, String transcript, String jobDescription, String resume) {
        return jdbc.sql("INSERT INTO pluto_transcripts (org_id, room_name, transcript, job_description, resume)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(orgId, roomName, transcript, jobDescription, resume).query(Long.class).single();
    }

    public Optional<InterviewTranscript> transcript(long orgId, long transcriptId) {
        return jdbc.sql("SELECT id, org_id, room_name, transcript, job_description, resume FROM pluto_transcripts"
                        + " WHERE org_id = ? AND id = ?")
                .params(orgId, transcriptId)
                .query((rs, row) -> new InterviewTranscript(rs.getLong("id"), rs.getLong("org_id"),
                        rs.getString("room_name"), rs.getString("transcript"), rs.getString("job_description"),
                        rs.getString("resume")))
                .optional();
    }

    /** Makes these the room's analytics unless those of a newer transcript are stored already. Idempotent. */
    public void saveRoomAnalytics(InterviewTranscript transcript, InterviewAnalytics analytics) {
        jdbc.sql("INSERT INTO pluto_room_analytics (org_id, room_name, transcript_id, analytics)"
                        + " VALUES (?, ?, ?, ?::jsonb) ON CONFLICT (org_id, room_name) DO UPDATE SET"
                        + " transcript_id = EXCLUDED.transcript_id, analytics = EXCLUDED.analytics, updated_at = now()"
                        + " WHERE pluto_room_analytics.transcript_id <= EXCLUDED.transcript_id")
                .params(transcript.orgId(), transcript.roomName(), transcript.id(), BriefJson.write(analytics))
                .update();
    }

    /** The analytics computed from this very transcript, if any. */
    public Optional<InterviewAnalytics> analyticsOf(long orgId, long transcriptId) {
        return jdbc.sql("SELECT analytics::text FROM pluto_room_analytics WHERE org_id = ? AND transcript_id = ?")
                .params(orgId, transcriptId).query(String.class).optional()
                .map(json -> BriefJson.read(json, InterviewAnalytics.class));
    }
}
