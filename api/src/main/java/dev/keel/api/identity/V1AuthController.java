package dev.keel.api.identity;

import dev.keel.api.platform.ApiError;
import dev.keel.api.identity.AuthDtos.StatusResponse;
import dev.keel.api.identity.AuthDtos.TokenResponse;
import dev.keel.api.identity.AuthDtos.V1RegisterRequest;
import dev.keel.api.identity.AuthDtos.V1User;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.identity.UserAccount;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 000 authentication: register answers 200, login is the OAuth2 password flow (form-encoded). Its tokens last
 * {@code keel.identity.v1-access-token-ttl} (one day, as the original's: its front-end cannot refresh); logout
 * revokes the presented one.
 */
@RestController
@RequestMapping("/api/v1/auth")
public class V1AuthController {
    static final String DEFAULT_ORG_NAME = "My Organization";

    private final AccountService accounts;
    private final AccessTokens accessTokens;
    private final ClientAddress clientAddress;

    public V1AuthController(AccountService accounts, AccessTokens accessTokens, ClientAddress clientAddress) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.clientAddress = clientAddress;
    }

    @PostMapping("/register")
    @ApiError(status = 400, description = "The email is already registered")
    public V1User register(@Valid @RequestBody V1RegisterRequest request) {
        String orgName = request.orgName() == null || request.orgName().isBlank()
                ? DEFAULT_ORG_NAME : request.orgName().trim();
        try {
            return V1User.of(accounts.register(request.email(), request.password(), null, orgName));
        } catch (DuplicateAccountException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    @PostMapping("/login")
    @ApiError(status = 401, description = "Incorrect email or password")
    @ApiError(status = 429, description = "Too many failed logins; retry after Retry-After seconds")
    public TokenResponse login(
            @Parameter(schema = @Schema(example = "ada@example.com")) @RequestParam String username,
            @Parameter(schema = @Schema(example = "correct-horse-battery")) @RequestParam String password,
            HttpServletRequest http) {
        UserAccount user = accounts.authenticate(username, password, clientAddress.of(http),
                "Incorrect email or password");
        return new TokenResponse(accessTokens.issueV1(user), "bearer");
    }

    @PostMapping("/logout")
    @ApiResponse(responseCode = "200", description = "The presented token no longer authenticates")
    @ApiError(status = 401, description = "Not authenticated")
    @ApiError(status = 403, description = "Invalid, expired or revoked token")
    public StatusResponse logout(Caller caller, HttpServletRequest http) {
        String authorization = http.getHeader("Authorization");
        if (caller.source() == Caller.Source.BEARER && authorization != null) {
            accessTokens.revokeV1(authorization.substring(7).trim());
        }
        return StatusResponse.OK;
    }
}
