package dev.keel.api.identity;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.identity.CliToken;
import dev.keel.domain.identity.CliTokenRepository;
import dev.keel.domain.identity.UserAccount;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 30-day CLI tokens: JWTs of type "cli" whose jti is listed in cli_tokens so they can be revoked. */
@RestController
@RequestMapping("/api/auth")
public class CliTokenController {
    public record CliTokenResponse(String token, long expiresInDays, String jti, OffsetDateTime expiresAt) {
    }

    public record CliTokenView(String jti, OffsetDateTime createdAt, OffsetDateTime expiresAt, boolean revoked) {
        static CliTokenView of(CliToken t) {
            return new CliTokenView(t.jti(), t.createdAt(), t.expiresAt(), t.revokedAt() != null);
        }
    }

    public record CliTokenList(List<CliTokenView> tokens) {
    }

    private final AccountService accounts;
    private final TokenService tokenService;
    private final CliTokenRepository cliTokens;
    private final IdentityProperties properties;
    private final Clock clock;

    public CliTokenController(AccountService accounts, TokenService tokenService, CliTokenRepository cliTokens,
                              IdentityProperties properties, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.tokenService = tokenService;
        this.cliTokens = cliTokens;
        this.properties = properties;
    }

    @PostMapping("/cli-token")
    public CliTokenResponse issue(Caller caller) {
        UserAccount user = accounts.current(caller);
        String jti = UUID.randomUUID().toString();
        String token = tokenService.issue(new TokenClaims(user.id(), user.orgId(), user.role(), user.platformAdmin(),
                TokenClaims.CLI, jti), properties.cliTokenTtl());
        OffsetDateTime expiresAt = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).plus(properties.cliTokenTtl());
        cliTokens.insert(user.orgId(), user.id(), jti, expiresAt);
        return new CliTokenResponse(token, properties.cliTokenTtl().toDays(), jti, expiresAt);
    }

    @GetMapping("/cli-tokens")
    public CliTokenList list(Caller caller) {
        UserAccount user = accounts.current(caller);
        return new CliTokenList(cliTokens.listForUser(user.orgId(), user.id()).stream().map(CliTokenView::of).toList());
    }

    @DeleteMapping("/cli-tokens/{jti}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(Caller caller, @PathVariable String jti) {
        UserAccount user = accounts.current(caller);
        if (!cliTokens.revoke(user.orgId(), user.id(), jti)) {
            throw ApiException.notFound("CLI token not found");
        }
    }

}
