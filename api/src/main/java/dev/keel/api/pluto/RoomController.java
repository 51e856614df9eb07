package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.pluto.InterviewRooms.JoinToken;
import dev.keel.api.pluto.InterviewRooms.OpenedRoom;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Daily.co interview rooms of the caller's organization (seed 002, "Interview Room"). */
@RestController
@RequestMapping("/api/rooms")
public class RoomController {
    private final InterviewRooms rooms;

    public RoomController(InterviewRooms rooms) {
        this.rooms = rooms;
    }

    /** The created room and the interviewer's owner token, both valid until expires_at. */
    public record RoomOut(String roomName, String roomUrl, String interviewerToken, Instant expiresAt) {
    }

    public record JoinOut(String token, String roomUrl) {
    }

    @PostMapping
    @Operation(description = "Creates a private Daily.co room (interview-<random>) that expires after the room"
            + " lifetime (PLUTO_ROOM_LIFETIME_MINUTES, default 120) and an owner token for the interviewer."
            + " 503 when DAILY_API_KEY is not set; 502 when Daily refuses the key or the request.")
    public RoomOut create(Caller caller, @RequestBody JsonNode body) {
        RequestFields fields = new RequestFields(body);
        String interviewer = fields.required("interviewer_name", RequestFields.MAX_NAME_CHARS);
        String candidate = fields.optional("candidate_name", RequestFields.MAX_NAME_CHARS);
        OpenedRoom opened = rooms.open(caller.orgId(), caller.userId(), interviewer,
                candidate == null || candidate.isBlank() ? null : candidate, null);
        return new RoomOut(opened.room().roomName(), opened.room().roomUrl(), opened.interviewerToken(),
                opened.room().expiresAt());
    }

    @PostMapping("/{roomName}/join")
    @Operation(description = "participant_type is interviewer (owner token) or candidate. 404 for a room of"
            + " another organization or none; 410 when the room has expired.")
    public JoinOut join(Caller caller, @PathVariable String roomName, @RequestBody JsonNode body) {
        RequestFields fields = new RequestFields(body);
        String participant = fields.required("participant_name", RequestFields.MAX_NAME_CHARS);
        String type = fields.required("participant_type", RequestFields.MAX_NAME_CHARS);
        if (!type.equals("interviewer") && !type.equals("candidate")) {
            throw ApiException.unprocessable("participant_type: must be interviewer or candidate");
        }
        JoinToken joined = rooms.join(caller.orgId(), roomName, participant, type.equals("interviewer"));
        return new JoinOut(joined.token(), joined.roomUrl());
    }
}
