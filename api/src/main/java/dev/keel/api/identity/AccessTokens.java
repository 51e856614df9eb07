package dev.keel.api.identity;

import dev.keel.domain.identity.UserAccount;
import org.springframework.stereotype.Component;

/** Short-lived access tokens for a user. */
@Component
public class AccessTokens {
    private final TokenService tokens;
    private final IdentityProperties properties;

    public AccessTokens(TokenService tokens, IdentityProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    public String issue(UserAccount user) {
        return tokens.issue(new TokenClaims(user.id(), user.orgId(), user.role(), user.platformAdmin(),
                TokenClaims.ACCESS, null), properties.accessTokenTtl());
    }
}
