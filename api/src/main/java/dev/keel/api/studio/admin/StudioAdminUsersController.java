package dev.keel.api.studio.admin;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigViews.StudioStatus;
import dev.keel.domain.studio.admin.StudioAdminRepository;
import dev.keel.domain.studio.audit.StudioAuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The studio admin's user management: every user of the platform, roles "admin" (platform admin) and "user". */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "studio")
public class StudioAdminUsersController {
    private final StudioAdminRepository admin;
    private final StudioAuditLog audit;
    private final StudioUsers users;

    public StudioAdminUsersController(StudioAdminRepository admin, StudioAuditLog audit, StudioUsers users) {
        this.admin = admin;
        this.audit = audit;
        this.users = users;
    }

    public record StudioAdminUser(long id, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"admin",
                                          "user"}) String role,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String createdAt,
                                  String lastLogin, long benchmarkCount, long keyCount) {
    }

    public record StudioAdminUserList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      List<StudioAdminUser> users) {
    }

    @Schema(example = """
            {"role": "admin"}""")
    public record StudioRoleRequest(String role) {
    }

    @GetMapping
    @Operation(summary = "Every user with role, last login, benchmark and key counts")
    public StudioAdminUserList list(Caller caller) {
        users.requireAdmin(caller);
        return new StudioAdminUserList(admin.users().stream().map(u -> new StudioAdminUser(u.id(), u.email(),
                u.admin() ? "admin" : "user", StudioTimes.format(u.createdAt()), StudioTimes.format(u.lastLogin()),
                u.benchmarkCount(), u.keyCount())).toList());
    }

    @PutMapping("/{userId}/role")
    @Operation(summary = "Make a user admin or user; an unknown id changes nothing and still answers ok")
    @ApiError(status = 400, description = "A role other than admin or user, or the caller's own role")
    public StudioStatus role(Caller caller, @PathVariable long userId, @RequestBody StudioRoleRequest body,
                             HttpServletRequest request) {
        users.requireAdmin(caller);
        if (!"admin".equals(body.role()) && !"user".equals(body.role())) {
            throw ApiException.badRequest("role must be 'admin' or 'user'");
        }
        if (caller.userId() == userId) {
            throw ApiException.badRequest("Cannot change your own role");
        }
        if (admin.setAdmin(userId, body.role().equals("admin"))) {
            audit.record(users.actor(caller, request), "admin_role_change", "user", Long.toString(userId),
                    Map.of("role", body.role()));
        }
        return StudioStatus.OK;
    }

    @DeleteMapping("/{userId}")
    @Operation(summary = "Delete a user and their studio data; their audit entries stay, without the user id")
    @ApiError(status = 400, description = "The caller tried to delete themself")
    @ApiError(status = 409, description = "Data of another product still belongs to the user")
    public StudioStatus delete(Caller caller, @PathVariable long userId, HttpServletRequest request) {
        users.requireAdmin(caller);
        if (caller.userId() == userId) {
            throw ApiException.badRequest("Cannot delete yourself");
        }
        String email = admin.email(userId).orElseThrow(() -> ApiException.notFound("User not found"));
        try {
            admin.deleteUser(userId);
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("The user still owns data of another product (recruiting, pluto, ...); "
                    + "remove it first");
        }
        audit.record(users.actor(caller, request), "admin_user_delete", "user", Long.toString(userId),
                Map.of("email", email));
        return StudioStatus.OK;
    }
}
