package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.pluto.PlutoInterviews.StartedInterview;
import dev.keel.domain.pluto.PlutoCandidateRepository;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** An interview room with the candidate's context loaded (seed 002, "Start Interview"). */
@RestController
public class PlutoInterviewController {
    private final PlutoCandidateRepository candidates;
    private final PlutoInterviews interviews;

    public PlutoInterviewController(PlutoCandidateRepository candidates, PlutoInterviews interviews) {
        this.candidates = candidates;
        this.interviews = interviews;
    }

    public record RealtimeSessionRef(String clientSecret, String sessionId) {
    }

    /** realtime_session is null when no assistant session could be created; warnings then say why. */
    public record InterviewOut(String roomName, String roomUrl, String token, Instant expiresAt,
                               RealtimeSessionRef realtimeSession, List<String> warnings) {
    }

    @PostMapping("/api/pluto/candidates/{candidateId}/interview")
    @Operation(description = "Creates a Daily.co room for the candidate with an owner token for the interviewer and"
            + " an OpenAI Realtime session primed with the candidate's profile, the run's job description and"
            + " (use_prebrief, default true) the stored pre-brief. Without OPENAI_API_KEY, or when OpenAI fails,"
            + " realtime_session is null and warnings say why; the room is still created. 404 for a candidate of"
            + " another organization, none, or a malformed id; 503 without DAILY_API_KEY.")
    public InterviewOut start(Caller caller, @PathVariable String candidateId, @RequestBody JsonNode body) {
        StoredPlutoCandidate candidate = candidates.find(caller.orgId(), parse(candidateId))
                .orElseThrow(PlutoInterviewController::notFound);
        RequestFields fields = new RequestFields(body);
        String interviewer = fields.required("interviewer_name", RequestFields.MAX_NAME_CHARS);
        boolean usePrebrief = fields.bool("use_prebrief", true);
        StartedInterview started = interviews.start(caller.orgId(), caller.userId(), candidate, interviewer,
                usePrebrief);
        var room = started.room().room();
        RealtimeSessionRef session = started.session() == null ? null
                : new RealtimeSessionRef(started.session().clientSecret(), started.session().id());
        return new InterviewOut(room.roomName(), room.roomUrl(), started.room().interviewerToken(), room.expiresAt(),
                session, started.warnings());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ApiException notFound() {
        return ApiException.notFound("Candidate not found");
    }
}
