package dev.keel.api.runs;

import dev.keel.api.identity.AuthenticationFilter;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.OpenApiConfig;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A run's event stream (SSE), opened with a Bearer token or X-API-Key, or with a stream ticket in the query
 * string for browsers' {@code EventSource}, which cannot send headers.
 */
@RestController
public class RunEventsController {
    private final RunIndex runs;
    private final RunEventStreamer streamer;
    private final StreamTickets tickets;

    public RunEventsController(RunIndex runs, RunEventStreamer streamer, StreamTickets tickets) {
        this.runs = runs;
        this.streamer = streamer;
        this.tickets = tickets;
    }

    public record StreamTicket(String ticket, Instant expiresAt, String url) {
    }

    @PostMapping("/api/runs/{runId}/stream-ticket")
    StreamTicket streamTicket(Caller caller, @PathVariable long runId) {
        RunRecord run = RunController.find(runs, caller.orgId(), runId);
        StreamTickets.Ticket ticket = tickets.issue(caller.orgId(), run.id());
        return new StreamTicket(ticket.value(), ticket.expiresAt(),
                "/api/runs/" + run.id() + "/events?ticket=" + ticket.value());
    }

    @GetMapping(value = "/api/runs/{runId}/events", produces = "text/event-stream")
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @SecurityRequirement(name = OpenApiConfig.API_KEY)
    @SecurityRequirement(name = OpenApiConfig.STREAM_TICKET)
    @ApiResponse(responseCode = "200", description = "Server-sent events of the run; resumes after Last-Event-ID",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    ResponseEntity<SseEmitter> events(HttpServletRequest request, @PathVariable long runId,
                                      @Parameter(hidden = true) @RequestParam(required = false) String ticket,
                                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        long orgId = ticket != null ? tickets.verify(ticket, runId) : authenticated(request).orgId();
        RunRecord run = RunController.find(runs, orgId, runId);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no")
                .body(streamer.stream(run, lastEventId));
    }

    private static Caller authenticated(HttpServletRequest request) {
        if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller) {
            return caller;
        }
        Object failure = request.getAttribute(AuthenticationFilter.FAILURE);
        throw ApiException.unauthorized(failure instanceof String s ? s : "Not authenticated");
    }
}
