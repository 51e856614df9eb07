package dev.keel.api.identity;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** BCrypt at the configured cost; unknown users are checked against a dummy hash so timing reveals nothing. */
@Component
public class PasswordHasher {
    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    public PasswordHasher(IdentityProperties properties) {
        this.encoder = new BCryptPasswordEncoder(properties.bcryptCost());
        this.dummyHash = encoder.encode("keel-dummy-password-for-timing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash == null ? dummyHash : hash);
    }
}
