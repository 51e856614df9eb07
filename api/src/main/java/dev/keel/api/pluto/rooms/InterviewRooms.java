package dev.keel.api.pluto.rooms;

import dev.keel.api.pluto.ProviderErrors;
import dev.keel.integrations.daily.DailyClient;
import dev.keel.integrations.daily.DailyClient.DailyRoom;
import dev.keel.integrations.daily.DailySettings;
import dev.keel.integrations.daily.DailySettings.DailyConfig;
import dev.keel.integrations.http.ProviderException;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.rooms.PlutoRoom;
import dev.keel.domain.pluto.rooms.PlutoRoomRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Daily.co interview rooms of an organization: creates the room at Daily (private, expiring) with an owner
 * token for the interviewer and records it; issues join tokens for rooms of the caller's organization only.
 */
@Service
public class InterviewRooms {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final DailySettings settings;
    private final DailyClient daily;
    private final PlutoRoomRepository rooms;
    private final Clock clock = Clock.systemUTC();

    public InterviewRooms(DailySettings settings, DailyClient daily, PlutoRoomRepository rooms) {
        this.settings = settings;
        this.daily = daily;
        this.rooms = rooms;
    }

    /** A room just created, with the interviewer's owner token. */
    public record OpenedRoom(PlutoRoom room, String interviewerToken) {
    }

    /** A participant's token for an existing room. */
    public record JoinToken(String token, String roomUrl) {
    }

    public OpenedRoom open(long orgId, Long userId, String interviewerName, String candidateName, UUID candidateId) {
        DailyConfig config = settings.current();
        Instant expiresAt = Instant.now(clock).plus(config.roomLifetime()).truncatedTo(ChronoUnit.SECONDS);
        try {
            DailyRoom created = daily.createRoom(config, "interview-" + randomSuffix(), expiresAt);
            String token = daily.meetingToken(config, created.name(), interviewerName, true, expiresAt);
            PlutoRoom room = new PlutoRoom(created.name(), orgId, created.url(), expiresAt, candidateId,
                    candidateName, interviewerName, null, userId, null);
            rooms.insert(room);
            return new OpenedRoom(room, token);
        } catch (ProviderException e) {
            throw ProviderErrors.toApi(e);
        }
    }

    /** 404 for a room of another organization or none; 410 once the room has expired. */
    public JoinToken join(long orgId, String roomName, String participantName, boolean owner) {
        if (!ROOM_NAME.matcher(roomName).matches()) {
            throw ApiException.notFound("Room not found");
        }
        PlutoRoom room = rooms.find(orgId, roomName).orElseThrow(() -> ApiException.notFound("Room not found"));
        if (room.expiredAt(Instant.now(clock))) {
            throw new ApiException(HttpStatus.GONE, "Room " + roomName + " expired at " + room.expiresAt()
                    + "; create a new room");
        }
        try {
            return new JoinToken(daily.meetingToken(settings.current(), roomName, participantName, owner,
                    room.expiresAt()), room.roomUrl());
        } catch (ProviderException e) {
            throw ProviderErrors.toApi(e);
        }
    }

    public void attachRealtimeSession(long orgId, String roomName, String sessionId) {
        rooms.attachRealtimeSession(orgId, roomName, sessionId);
    }

    private static String randomSuffix() {
        StringBuilder out = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
