package dev.keel.api.identity;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** RFC 7517 JSON Web Key Set of the public signing keys. */
@RestController
public class JwksController {
    public record Jwk(String kid, String kty, String alg, String use, String n, String e) {
    }

    public record Jwks(List<Jwk> keys) {
    }

    private final SigningKeys signingKeys;

    public JwksController(SigningKeys signingKeys) {
        this.signingKeys = signingKeys;
    }

    @GetMapping("/api/auth/.well-known/jwks.json")
    public Jwks jwks() {
        return new Jwks(signingKeys.publicKeys().entrySet().stream().map(JwksController::jwk).toList());
    }

    private static Jwk jwk(Map.Entry<String, RSAPublicKey> entry) {
        RSAPublicKey key = entry.getValue();
        return new Jwk(entry.getKey(), "RSA", SigningKeys.ALGORITHM, "sig",
                base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
