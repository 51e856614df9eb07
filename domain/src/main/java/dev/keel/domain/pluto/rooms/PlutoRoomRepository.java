package dev.keel.domain.pluto.rooms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** pluto_rooms: every read is scoped by organization; another organization's room does not exist. */
@Repository
public class PlutoRoomRepository {
    private static final String COLUMNS = "room_name, org_id, room_url, expires_at, candidate_id, candidate_name,"
            + " interviewer_name, realtime_session_id, created_by, created_at";

    private final JdbcClient jdbc;

    public PlutoRoomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a room Daily just created; createdAt is ignored (the database sets it). */
    public void insert(PlutoRoom room) {
        jdbc.sql("INSERT INTO pluto_rooms (room_name, org_id, room_url, expires_at, candidate_id, candidate_name,"
                        + " interviewer_name, realtime_session_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(room.roomName(), room.orgId(), room.roomUrl(), OffsetDateTime.ofInstant(room.expiresAt(), ZoneOffset.UTC),
                        room.candidateId(), room.candidateName(), room.interviewerName(), room.realtimeSessionId(),
                        room.createdBy())
                .update();
    }

    /** Records the OpenAI Realtime session created for the room. */
    public void attachRealtimeSession(long orgId, String roomName, String sessionId) {
        jdbc.sql("UPDATE pluto_rooms SET realtime_session_id = ? WHERE org_id = ? AND room_name = ?")
                .params(sessionId, orgId, roomName).update();
    }

    public Optional<PlutoRoom> find(long orgId, String roomName) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pluto_rooms WHERE org_id = ? AND room_name = ?")
                .params(orgId, roomName).query(PlutoRoomRepository::map).optional();
    }

    static PlutoRoom map(ResultSet rs, int row) throws SQLException {
        return new PlutoRoom(rs.getString("room_name"), rs.getLong("org_id"), rs.getString("room_url"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getObject("candidate_id", UUID.class),
                rs.getString("candidate_name"), rs.getString("interviewer_name"),
                rs.getString("realtime_session_id"), rs.getObject("created_by", Long.class),
                instant(rs.getObject("created_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
