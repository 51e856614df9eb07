package dev.keel.api.identity;

import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.ProtectedHeader;
import java.security.Key;

/** Finds the public key of a Keel-signed JWT by its kid, accepting RS256 only (no algorithm confusion). */
public final class PinnedKeyLocator extends LocatorAdapter<Key> {
    private final SigningKeys keys;

    public PinnedKeyLocator(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    protected Key locate(ProtectedHeader header) {
        if (!SigningKeys.ALGORITHM.equals(header.getAlgorithm())) {
            throw new io.jsonwebtoken.UnsupportedJwtException("Only RS256 tokens are accepted");
        }
        Key key = keys.publicKey(header.getKeyId());
        if (key == null) {
            throw new io.jsonwebtoken.security.InvalidKeyException("Unknown signing key");
        }
        return key;
    }
}
