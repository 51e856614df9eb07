package dev.keel.api.identity;

import dev.keel.api.platform.ApiError;
import dev.keel.api.identity.AuthDtos.LoginRequest;
import dev.keel.api.identity.AuthDtos.MeResponse;
import dev.keel.api.identity.AuthDtos.RegisterRequest;
import dev.keel.api.identity.AuthDtos.SessionResponse;
import dev.keel.api.identity.AuthDtos.StatusResponse;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.identity.UserAccount;
import dev.keel.domain.identity.UserRepository;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Seeds 001 and 003 authentication: one implementation accepting the union of both request shapes. */
@RestController
@RequestMapping("/api/auth")
public class AuthController {
    static final String BAD_CREDENTIALS = "Incorrect email or password";

    private final AccountService accounts;
    private final AccessTokens accessTokens;
    private final RefreshSessions sessions;
    private final RefreshCookies cookies;
    private final ClientAddress clientAddress;
    private final UserRepository users;

    public AuthController(AccountService accounts, AccessTokens accessTokens, RefreshSessions sessions,
                          RefreshCookies cookies, ClientAddress clientAddress, UserRepository users) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.cookies = cookies;
        this.clientAddress = clientAddress;
        this.users = users;
    }

    @PostMapping("/register")
    @ApiResponse(responseCode = "201", description = "Registered and signed in; sets the refresh_token cookie")
    @ApiError(status = 409, description = "The email or username is already registered")
    public ResponseEntity<SessionResponse> register(@Valid @RequestBody RegisterRequest request) {
        UserAccount user;
        try {
            user = accounts.register(request.email(), request.password(), blankToNull(request.username()), null);
        } catch (DuplicateAccountException e) {
            throw ApiException.conflict(e.getMessage());
        }
        return session(ResponseEntity.status(HttpStatus.CREATED), user);
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "Signed in; sets the refresh_token cookie")
    @ApiError(status = 401, description = "Incorrect email or password")
    @ApiError(status = 429, description = "Too many failed logins; retry after Retry-After seconds")
    public ResponseEntity<SessionResponse> loginJson(@RequestBody LoginRequest request, HttpServletRequest http) {
        String login = request.email() != null ? request.email() : request.username();
        if (login == null) {
            throw ApiException.unprocessable("email: field required");
        }
        if (request.password() == null) {
            throw ApiException.unprocessable("password: field required");
        }
        return login(login, request.password(), http);
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<SessionResponse> loginForm(
            @Parameter(schema = @Schema(example = "ada@example.com")) @RequestParam String username,
            @Parameter(schema = @Schema(example = "correct-horse-battery")) @RequestParam String password,
                                                     HttpServletRequest http) {
        return login(username, password, http);
    }

    @PostMapping("/refresh")
    @ApiResponse(responseCode = "200", description = "A new access token; rotates the refresh_token cookie")
    @ApiError(status = 401, description = "Missing, expired, revoked or reused refresh token")
    public ResponseEntity<SessionResponse> refresh(
            @CookieValue(name = RefreshCookies.NAME, required = false) String refreshToken) {
        RefreshSessions.Rotation rotation = sessions.rotate(refreshToken);
        UserAccount user = users.findById(rotation.orgId(), rotation.userId()).filter(UserAccount::active)
                .orElseThrow(() -> ApiException.unauthorized("User no longer exists"));
        return cookies.set(ResponseEntity.ok(), rotation.newToken())
                .body(SessionResponse.of(user, accessTokens.issue(user)));
    }

    @PostMapping("/logout")
    public ResponseEntity<StatusResponse> logout(
            @CookieValue(name = RefreshCookies.NAME, required = false) String refreshToken) {
        sessions.revoke(refreshToken);
        return cookies.clear(ResponseEntity.ok()).body(StatusResponse.OK);
    }

    @GetMapping("/me")
    public MeResponse me(Caller caller) {
        return MeResponse.of(accounts.current(caller));
    }

    private ResponseEntity<SessionResponse> login(String login, String password, HttpServletRequest http) {
        UserAccount user = accounts.authenticate(login, password, clientAddress.of(http), BAD_CREDENTIALS);
        return session(ResponseEntity.ok(), user);
    }

    private ResponseEntity<SessionResponse> session(ResponseEntity.BodyBuilder builder, UserAccount user) {
        return cookies.set(builder, sessions.start(user)).body(SessionResponse.of(user, accessTokens.issue(user)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
