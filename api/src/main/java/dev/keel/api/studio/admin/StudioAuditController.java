package dev.keel.api.studio.admin;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.domain.studio.audit.StudioAuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The studio audit log, newest first, admin only; entries older than 90 days are purged when it is read. */
@RestController
@Tag(name = "studio")
public class StudioAuditController {
    static final int RETENTION_DAYS = 90;

    private final StudioAuditLog audit;
    private final StudioUsers users;

    public StudioAuditController(StudioAuditLog audit, StudioUsers users) {
        this.audit = audit;
        this.users = users;
    }

    public record StudioAuditEntry(long id, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String timestamp,
                                   Long userId, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String action,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String resourceType,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String resourceId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                           description = "JSON object as a string") String detail,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ipAddress,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String userAgent) {
    }

    public record StudioAuditPage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                  List<StudioAuditEntry> entries) {
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Audit entries filtered by user email, action and since (ISO date or date-time, UTC)")
    @ApiError(status = 400, description = "since is not a date or date-time")
    public StudioAuditPage list(Caller caller,
                                @RequestParam(name = "user", required = false) String user,
                                @RequestParam(required = false) String action,
                                @RequestParam(required = false) String since,
                                @Parameter(schema = @Schema(minimum = "1", maximum = "1000", defaultValue = "100"))
                                @RequestParam(defaultValue = "100") int limit,
                                @Parameter(schema = @Schema(minimum = "0", defaultValue = "0"))
                                @RequestParam(defaultValue = "0") int offset) {
        users.requireAdmin(caller);
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw ApiException.unprocessable("limit must be 1..1000 and offset at least 0");
        }
        audit.purgeOlderThanDays(RETENTION_DAYS);
        List<StudioAuditEntry> entries = audit.find(new StudioAuditLog.Query(blank(user), blank(action),
                        since(since), limit, offset)).stream()
                .map(e -> new StudioAuditEntry(e.id(), StudioTimes.format(e.timestamp()), e.userId(), e.username(),
                        e.action(), e.resourceType(), e.resourceId(), e.detail(), e.ipAddress(), e.userAgent()))
                .toList();
        return new StudioAuditPage(entries);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static OffsetDateTime since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v);
            }
            return LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("since must be an ISO date or date-time");
        }
    }
}
