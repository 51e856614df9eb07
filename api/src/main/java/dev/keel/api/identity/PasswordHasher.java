package dev.keel.api.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * BCrypt at the configured cost; unknown users are checked against a dummy hash so timing reveals nothing.
 * BCrypt only reads 72 bytes (and Spring refuses more), so longer passwords are SHA-256 pre-hashed first.
 */
@Component
public class PasswordHasher {
    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    public PasswordHasher(IdentityProperties properties) {
        this.encoder = new BCryptPasswordEncoder(properties.bcryptCost());
        this.dummyHash = encoder.encode("keel-dummy-password-for-timing");
    }

    public String hash(String password) {
        return encoder.encode(prepare(password));
    }

    static String prepare(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 72) {
            return password;
        }
        return "$sha256$" + Base64.getEncoder().encodeToString(Hashes.sha256(bytes));
    }

    public boolean matches(String password, String hash) {
        return password != null && encoder.matches(prepare(password), hash == null ? dummyHash : hash);
    }
}
