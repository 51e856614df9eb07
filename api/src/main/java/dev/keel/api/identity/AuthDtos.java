package dev.keel.api.identity;

import dev.keel.domain.identity.UserAccount;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** Request and response shapes of the /api/v1 and /api/auth identity routes (JSON is snake_case). */
public final class AuthDtos {
    private AuthDtos() {
    }

    @Schema(example = """
            {"email": "ada@example.com", "password": "correct-horse-battery", "org_name": "Acme"}""")
    public record V1RegisterRequest(@NotNull(message = "field required") String email,
                                    @NotNull(message = "field required") String password,
                                    @Schema(description = "Defaults to \"My Organization\"") String orgName) {
    }

    public record V1User(long id, String email, String fullName, String role, long orgId) {
        static V1User of(UserAccount u) {
            return new V1User(u.id(), u.email(), u.fullName(), u.role(), u.orgId());
        }
    }

    public record TokenResponse(String accessToken, String tokenType) {
    }

    @Schema(example = """
            {"email": "ada@example.com", "password": "correct-horse-battery", "username": "ada"}""")
    public record RegisterRequest(@NotNull(message = "field required") String email,
                                  @NotNull(message = "field required") String password, String username) {
    }

    /** Either email or username (seed 003 sends username) identifies the account. */
    @Schema(example = """
            {"email": "ada@example.com", "password": "correct-horse-battery"}""")
    public record LoginRequest(String email, String username, String password) {
    }

    /** Seed 001's user object: role is "admin" for a platform admin, else "user". */
    public record UserSummary(long id, String email, String role) {
        static UserSummary of(UserAccount u) {
            return new UserSummary(u.id(), u.email(), platformRole(u));
        }
    }

    /** Union of seed 001 ({user, access_token, token_type}) and seed 003 (user fields at the top level). */
    public record SessionResponse(UserSummary user, String accessToken, String tokenType, long id, String username,
                                  String email, String role, boolean isActive, boolean isSuperuser, long orgId,
                                  OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static SessionResponse of(UserAccount u, String accessToken) {
            return new SessionResponse(UserSummary.of(u), accessToken, "bearer", u.id(), u.username(), u.email(),
                    platformRole(u), u.active(), u.platformAdmin(), u.orgId(), u.createdAt(), u.updatedAt());
        }
    }

    public record MeResponse(UserSummary user, long id, String email, String username, String fullName, String role,
                             String orgRole, boolean isActive, boolean isSuperuser, long orgId,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static MeResponse of(UserAccount u) {
            return new MeResponse(UserSummary.of(u), u.id(), u.email(), u.username(), u.fullName(), platformRole(u),
                    u.role(), u.active(), u.platformAdmin(), u.orgId(), u.createdAt(), u.updatedAt());
        }
    }

    public record StatusResponse(String status) {
        static final StatusResponse OK = new StatusResponse("ok");
    }

    static String platformRole(UserAccount u) {
        return u.platformAdmin() ? "admin" : "user";
    }
}
