package dev.keel.api.pluto.rooms;

import dev.keel.api.pluto.PlutoTexts;
import dev.keel.api.pluto.StrictText;
import static dev.keel.api.pluto.PlutoTexts.MAX_NAME_CHARS;
import static dev.keel.api.pluto.PlutoTexts.NON_BLANK;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.pluto.rooms.InterviewRooms.JoinToken;
import dev.keel.api.pluto.rooms.InterviewRooms.OpenedRoom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Daily.co interview rooms of the caller's organization (seed 002, "Interview Room"). */
@RestController
@RequestMapping("/api/rooms")
@Tag(name = "pluto")
public class RoomController {
    private final InterviewRooms rooms;

    public RoomController(InterviewRooms rooms) {
        this.rooms = rooms;
    }

    /** Names are stripped of surrounding whitespace; a blank candidate_name is no name. */
    @Schema(example = """
            {"interviewer_name": "Jane Recruiter", "candidate_name": "John Doe"}""")
    public record CreateRoomRequest(
            @StrictText @NotBlank(message = NON_BLANK) @Size(max = MAX_NAME_CHARS, message = "at most {max} characters")
            String interviewerName,
            @StrictText @Size(max = MAX_NAME_CHARS, message = "at most {max} characters") String candidateName) {
        public CreateRoomRequest {
            interviewerName = PlutoTexts.stripped(interviewerName);
            candidateName = PlutoTexts.stripped(candidateName);
        }
    }

    @Schema(example = """
            {"participant_name": "John Doe", "participant_type": "candidate"}""")
    public record JoinRoomRequest(
            @StrictText @NotBlank(message = NON_BLANK) @Size(max = MAX_NAME_CHARS, message = "at most {max} characters")
            String participantName,
            @StrictText @NotBlank(message = NON_BLANK)
            @Pattern(regexp = "interviewer|candidate", message = "must be interviewer or candidate")
            @Schema(allowableValues = {"interviewer", "candidate"}) String participantType) {
        public JoinRoomRequest {
            participantName = PlutoTexts.stripped(participantName);
            participantType = PlutoTexts.stripped(participantType);
        }
    }

    /** The created room and the interviewer's owner token, both valid until expires_at. */
    public record RoomResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String roomName,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String roomUrl,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String interviewerToken,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant expiresAt) {
    }

    public record RoomJoinResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String token,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String roomUrl) {
    }

    @PostMapping
    @Operation(description = "Creates a private Daily.co room (interview-<random>) that expires after the room"
            + " lifetime (PLUTO_ROOM_LIFETIME_MINUTES, default 120) and an owner token for the interviewer.")
    @ApiError(status = 502, description = "Daily.co refused the key or the request")
    @ApiError(status = 503, description = "DAILY_API_KEY is not set, or Daily.co is unreachable, slow or"
            + " rate limiting (Retry-After)")
    public RoomResponse create(Caller caller, @Valid @RequestBody CreateRoomRequest body) {
        String candidate = body.candidateName() == null || body.candidateName().isBlank() ? null
                : body.candidateName();
        OpenedRoom opened = rooms.open(caller.orgId(), caller.userId(), body.interviewerName(), candidate, null);
        return new RoomResponse(opened.room().roomName(), opened.room().roomUrl(), opened.interviewerToken(),
                opened.room().expiresAt());
    }

    @PostMapping("/{room_name}/join")
    @Operation(description = "participant_type is interviewer (owner token) or candidate.")
    @ApiError(status = 404, description = "No room of that name in the caller's organization")
    @ApiError(status = 410, description = "The room has expired")
    @ApiError(status = 502, description = "Daily.co refused the key or the request")
    @ApiError(status = 503, description = "DAILY_API_KEY is not set, or Daily.co is unavailable")
    public RoomJoinResponse join(Caller caller, @PathVariable("room_name") String roomName,
                             @Valid @RequestBody JoinRoomRequest body) {
        JoinToken joined = rooms.join(caller.orgId(), roomName, body.participantName(),
                body.participantType().equals("interviewer"));
        return new RoomJoinResponse(joined.token(), joined.roomUrl());
    }
}
