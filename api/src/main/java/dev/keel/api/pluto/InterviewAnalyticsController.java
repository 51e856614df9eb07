package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.InterviewAnalytics;
import dev.keel.domain.pluto.InterviewAnalyticsRepository;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Analyses an interview transcript (stored first; the workflow gets its id) into InterviewAnalytics. */
@RestController
public class InterviewAnalyticsController {
    /** Longest accepted transcript, in characters (413 beyond). */
    static final int MAX_TRANSCRIPT_CHARS = 200_000;

    private final InterviewAnalyticsRepository repository;
    private final PlutoWorkflows workflows;

    public InterviewAnalyticsController(InterviewAnalyticsRepository repository, PlutoWorkflows workflows) {
        this.repository = repository;
        this.workflows = workflows;
    }

    @PostMapping("/api/analytics/{roomName}")
    @Operation(description = "transcript required (non-blank, at most 200,000 characters); job_description and"
            + " resume optional. Runs InterviewAnalyticsWorkflow (pluto-analytics-{orgId}-{room}); 409 while one runs"
            + " for the room; 502 when the LLM fails after its attempts; 503 when no LLM is configured.")
    public InterviewAnalytics analyze(Caller caller, @PathVariable String roomName, @RequestBody JsonNode body) {
        String room = PlutoBody.room(roomName);
        PlutoBody b = new PlutoBody(body);
        String transcript = b.required("transcript", MAX_TRANSCRIPT_CHARS);
        String jobDescription = b.optional("job_description", PlutoBody.MAX_DOCUMENT_CHARS);
        String resume = b.optional("resume", PlutoBody.MAX_DOCUMENT_CHARS);
        long transcriptId = repository.saveTranscript(caller.orgId(), room, transcript, jobDescription, resume);
        workflows.analytics(caller.orgId(), room, transcriptId);
        return repository.analyticsOf(caller.orgId(), transcriptId).orElseThrow(() ->
                new ApiException(HttpStatus.BAD_GATEWAY, "Interview analytics finished without a result"));
    }
}
