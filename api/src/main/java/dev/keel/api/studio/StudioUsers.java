package dev.keel.api.studio;

import dev.keel.api.identity.Caller;
import dev.keel.api.identity.ClientAddress;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.studio.audit.StudioAuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may use the studio: a user (studio data belongs to a user, so an org API key without a user is refused), and
 * for admin routes the platform admin, read from the database on each call so a role change applies at once. Keel's
 * org_admin role is not the studio's admin: every registration creates an org whose first user is its org_admin,
 * while the original makes only the platform's first user admin (AuthDtos reports exactly that as role "admin").
 */
@Component
public class StudioUsers {
    private final JdbcClient jdbc;
    private final ClientAddress clientAddress;

    public StudioUsers(JdbcClient jdbc, ClientAddress clientAddress) {
        this.jdbc = jdbc;
        this.clientAddress = clientAddress;
    }

    public long userId(Caller caller) {
        if (caller.userId() == null) {
            throw ApiException.forbidden("The studio needs a user token, not an organization API key");
        }
        boolean active = jdbc.sql("SELECT is_active FROM users WHERE id = ? AND org_id = ?")
                .params(caller.userId(), caller.orgId()).query(Boolean.class).optional().orElse(false);
        if (!active) {
            throw ApiException.unauthorized("User no longer exists");
        }
        return caller.userId();
    }

    public void requireAdmin(Caller caller) {
        if (caller.userId() == null) {
            throw ApiException.forbidden("Admin access required");
        }
        Boolean admin = jdbc.sql("SELECT is_platform_admin FROM users WHERE id = ? AND org_id = ? AND is_active")
                .params(caller.userId(), caller.orgId()).query(Boolean.class).optional().orElse(null);
        if (admin == null) {
            throw ApiException.unauthorized("User no longer exists");
        }
        if (!admin) {
            throw ApiException.forbidden("Admin access required");
        }
    }

    public StudioAuditLog.Actor actor(Caller caller, HttpServletRequest request) {
        String email = caller.userId() == null ? "" : jdbc.sql("SELECT email FROM users WHERE id = ?")
                .param(caller.userId()).query(String.class).optional().orElse("");
        return new StudioAuditLog.Actor(caller.userId(), email, clientAddress.of(request),
                request.getHeader("User-Agent"));
    }
}
