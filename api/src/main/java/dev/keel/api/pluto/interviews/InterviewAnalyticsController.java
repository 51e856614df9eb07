package dev.keel.api.pluto.interviews;

import dev.keel.api.pluto.PlutoTexts;
import dev.keel.api.pluto.PlutoWorkflows;
import dev.keel.api.pluto.StrictText;
import static dev.keel.api.pluto.PlutoTexts.MAX_DOCUMENT_CHARS;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.interviews.InterviewAnalytics;
import dev.keel.domain.pluto.interviews.InterviewAnalyticsRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Analyses an interview transcript (stored first; the workflow gets its id) into InterviewAnalytics. */
@RestController
@Tag(name = "pluto")
public class InterviewAnalyticsController {
    /** Longest accepted transcript, in characters (413 beyond). */
    static final int MAX_TRANSCRIPT_CHARS = 200_000;

    private final InterviewAnalyticsRepository repository;
    private final PlutoWorkflows workflows;

    public InterviewAnalyticsController(InterviewAnalyticsRepository repository, PlutoWorkflows workflows) {
        this.repository = repository;
        this.workflows = workflows;
    }

    /** transcript at most 200,000 characters, the others 50,000 (413 beyond); blank optional texts are none. */
    @Schema(example = """
            {"transcript": "Interviewer: Tell me about your last quarter. Candidate: I closed 140% of quota...",
             "job_description": "Optional JD", "resume": "Optional resume"}""")
    public record InterviewAnalyticsRequest(
            @StrictText @NotBlank(message = PlutoTexts.REQUIRED) @Size(max = MAX_TRANSCRIPT_CHARS) String transcript,
            @StrictText @Size(max = MAX_DOCUMENT_CHARS) String jobDescription,
            @StrictText @Size(max = MAX_DOCUMENT_CHARS) String resume) {
        public InterviewAnalyticsRequest {
            transcript = PlutoTexts.document("transcript", transcript, MAX_TRANSCRIPT_CHARS);
            jobDescription = PlutoTexts.document("job_description", jobDescription, MAX_DOCUMENT_CHARS);
            resume = PlutoTexts.document("resume", resume, MAX_DOCUMENT_CHARS);
        }
    }

    @PostMapping("/api/analytics/{room_name}")
    @Operation(description = "Runs InterviewAnalyticsWorkflow (pluto-analytics-{org_id}-{room_name}) over the"
            + " transcript and answers its InterviewAnalytics.")
    @ApiError(status = 409, description = "An analysis is already running for the room")
    @ApiError(status = 502, description = "The LLM failed after its attempts")
    @ApiError(status = 503, description = "No LLM is configured, or Temporal is unavailable")
    @ApiError(status = 504, description = "The analysis did not finish in time")
    public InterviewAnalytics analyze(Caller caller, @PathVariable("room_name") String roomName,
                                      @Valid @RequestBody InterviewAnalyticsRequest body) {
        String room = PlutoTexts.room(roomName);
        long transcriptId = repository.saveTranscript(caller.orgId(), room, body.transcript(), body.jobDescription(),
                body.resume());
        workflows.analytics(caller.orgId(), room, transcriptId);
        return repository.analyticsOf(caller.orgId(), transcriptId).orElseThrow(() ->
                new ApiException(HttpStatus.BAD_GATEWAY, "Interview analytics finished without a result"));
    }
}
