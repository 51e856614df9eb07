package dev.keel.domain.pluto.briefs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cached candidate questions and pre-briefs (first stored answer wins), room pre-brief requests and the current
 * pre-brief of each room (replaced by a newer request). Every read is scoped by organization.
 */
@Repository
public class InterviewBriefRepository {
    public static final String QUESTIONS = "questions";
    public static final String PREBRIEF = "prebrief";

    record QuestionList(List<InterviewQuestion> questions) {
    }

    private final JdbcClient jdbc;

    public InterviewBriefRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<List<InterviewQuestion>> questions(long orgId, UUID candidateId) {
        return content(orgId, candidateId, QUESTIONS).map(json -> BriefJson.read(json, QuestionList.class).questions());
    }

    public Optional<PreInterviewBrief> candidatePrebrief(long orgId, UUID candidateId) {
        return content(orgId, candidateId, PREBRIEF).map(json -> BriefJson.read(json, PreInterviewBrief.class));
    }

    /** Stores the questions unless some are stored already (then those are kept); true if these were stored. */
    public boolean saveQuestionsIfAbsent(long orgId, UUID candidateId, List<InterviewQuestion> questions) {
        return saveIfAbsent(orgId, candidateId, QUESTIONS, BriefJson.write(new QuestionList(questions)));
    }

    public boolean saveCandidatePrebriefIfAbsent(long orgId, UUID candidateId, PreInterviewBrief brief) {
        return saveIfAbsent(orgId, candidateId, PREBRIEF, BriefJson.write(brief));
    }

    public long createPrebriefRequest(long orgId, String roomName, String jobDescription, String resume,
                                      String companyContext) {
        return jdbc.sql("INSERT INTO pluto_prebrief_requests (org_id, room_name, job_description, resume,"
                        + " company_context) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(orgId, roomName, jobDescription, resume, companyContext).query(Long.class).single();
    }

    public Optional<PrebriefRequest> prebriefRequest(long orgId, long requestId) {
        return jdbc.sql("SELECT id, org_id, room_name, job_description, resume, company_context"
                        + " FROM pluto_prebrief_requests WHERE org_id = ? AND id = ?")
                .params(orgId, requestId)
                .query((rs, row) -> new PrebriefRequest(rs.getLong("id"), rs.getLong("org_id"),
                        rs.getString("room_name"), rs.getString("job_description"), rs.getString("resume"),
                        rs.getString("company_context")))
                .optional();
    }

    /** Makes this the room's pre-brief unless a newer request's brief is stored already (a late retry loses). */
    public void saveRoomPrebrief(PrebriefRequest request, PreInterviewBrief brief) {
        jdbc.sql("INSERT INTO pluto_room_prebriefs (org_id, room_name, request_id, brief) VALUES (?, ?, ?, ?::jsonb)"
                        + " ON CONFLICT (org_id, room_name) DO UPDATE SET request_id = EXCLUDED.request_id,"
                        + " brief = EXCLUDED.brief, updated_at = now()"
                        + " WHERE pluto_room_prebriefs.request_id <= EXCLUDED.request_id")
                .params(request.orgId(), request.roomName(), request.id(), BriefJson.write(brief)).update();
    }

    public Optional<PreInterviewBrief> roomPrebrief(long orgId, String roomName) {
        return jdbc.sql("SELECT brief::text FROM pluto_room_prebriefs WHERE org_id = ? AND room_name = ?")
                .params(orgId, roomName).query(String.class).optional()
                .map(json -> BriefJson.read(json, PreInterviewBrief.class));
    }

    private Optional<String> content(long orgId, UUID candidateId, String kind) {
        return jdbc.sql("SELECT content::text FROM pluto_candidate_briefs WHERE org_id = ? AND candidate_id = ?"
                        + " AND kind = ?")
                .params(orgId, candidateId, kind).query(String.class).optional();
    }

    private boolean saveIfAbsent(long orgId, UUID candidateId, String kind, String json) {
        return jdbc.sql("INSERT INTO pluto_candidate_briefs (candidate_id, kind, org_id, content)"
                        + " VALUES (?, ?, ?, ?::jsonb) ON CONFLICT (candidate_id, kind) DO NOTHING")
                .params(candidateId, kind, orgId, json).update() == 1;
    }
}
