package dev.keel.api.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature and claims were verified, until they expire: a client sends the same access token with
 * every request, and parsing and RSA-verifying it was a fifth of the request path's CPU. The signing keys of a
 * process never change while it runs, so a token verified once stays valid until its expiry. Bounded: emptied when
 * full.
 */
final class VerifiedTokens {
    private final int capacity;
    private final ConcurrentHashMap<String, Verified> tokens = new ConcurrentHashMap<>();

    record Verified(TokenClaims claims, Instant expiresAt) {
    }

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    Optional<Verified> find(String token) {
        return Optional.ofNullable(tokens.get(token));
    }

    void remember(String token, Verified verified) {
        if (tokens.size() >= capacity) {
            tokens.clear();
        }
        tokens.put(token, verified);
    }

    void forget(String token) {
        tokens.remove(token);
    }
}
