package dev.keel.api.pluto.interviews;

import dev.keel.api.pluto.CandidateLookup;
import dev.keel.api.pluto.PlutoTexts;
import dev.keel.api.pluto.StrictText;
import static dev.keel.api.pluto.PlutoTexts.MAX_NAME_CHARS;
import static dev.keel.api.pluto.PlutoTexts.NON_BLANK;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.pluto.interviews.PlutoInterviews.StartedInterview;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An interview room with the candidate's context loaded (seed 002, "Start Interview"). */
@RestController
@Tag(name = "pluto")
public class PlutoInterviewController {
    private final CandidateLookup candidates;
    private final PlutoInterviews interviews;

    public PlutoInterviewController(CandidateLookup candidates, PlutoInterviews interviews) {
        this.candidates = candidates;
        this.interviews = interviews;
    }

    /** use_prebrief defaults to true. */
    @Schema(example = """
            {"interviewer_name": "Jane Recruiter", "use_prebrief": true}""")
    public record StartInterviewRequest(
            @StrictText @NotBlank(message = NON_BLANK) @Size(max = MAX_NAME_CHARS, message = "at most {max} characters")
            String interviewerName,
            Boolean usePrebrief) {
        public StartInterviewRequest {
            interviewerName = PlutoTexts.stripped(interviewerName);
        }
    }

    public record PlutoRealtimeSessionRef(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String clientSecret,
                                     String sessionId) {
    }

    /** realtime_session is null when no assistant session could be created; warnings then say why. */
    public record PlutoInterviewResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String roomName,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String roomUrl,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String token,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant expiresAt,
                                    PlutoRealtimeSessionRef realtimeSession,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> warnings) {
    }

    @PostMapping("/api/pluto/candidates/{candidate_id}/interview")
    @Operation(description = "Creates a Daily.co room for the candidate with an owner token for the interviewer and"
            + " an OpenAI Realtime session primed with the candidate's profile, the run's job description and"
            + " (use_prebrief, default true) the stored pre-brief. Without OPENAI_API_KEY, or when OpenAI fails,"
            + " realtime_session is null and warnings say why; the room is still created.")
    @ApiError(status = 404, description = "No such candidate in the caller's organization (or a"
            + " malformed id)")
    @ApiError(status = 502, description = "Daily.co refused the key or the request")
    @ApiError(status = 503, description = "DAILY_API_KEY is not set, or Daily.co is unavailable")
    public PlutoInterviewResponse start(Caller caller, @PathVariable("candidate_id") String candidateId,
                                   @Valid @RequestBody StartInterviewRequest body) {
        StoredPlutoCandidate candidate = candidates.require(caller, candidateId);
        boolean usePrebrief = body.usePrebrief() == null || body.usePrebrief();
        StartedInterview started = interviews.start(caller.orgId(), caller.userId(), candidate,
                body.interviewerName(), usePrebrief);
        var room = started.room().room();
        PlutoRealtimeSessionRef session = started.session() == null ? null
                : new PlutoRealtimeSessionRef(started.session().clientSecret(), started.session().id());
        return new PlutoInterviewResponse(room.roomName(), room.roomUrl(), started.room().interviewerToken(),
                room.expiresAt(), session, started.warnings());
    }
}
