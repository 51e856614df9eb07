package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(new IdentityProperties(Duration.ofMinutes(15),
            Duration.ofDays(7), Duration.ofDays(30), false, false, 4, 5, 50, Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofSeconds(5), Duration.ofDays(1)));

    @Test
    void hashesHundredCharacterPasswordsWithoutTruncation() {
        String longPassword = "a".repeat(72) + "b".repeat(28);
        String hash = hasher.hash(longPassword);
        assertThat(hash).startsWith("$2");
        assertThat(hasher.matches(longPassword, hash)).isTrue();
        assertThat(hasher.matches("a".repeat(72) + "c".repeat(28), hash)).isFalse();
        assertThat(hasher.matches("a".repeat(72), hash)).isFalse();
    }

    @Test
    void rejectsUnknownUserAndNullPassword() {
        assertThat(hasher.matches("whatever-password", null)).isFalse();
        assertThat(hasher.matches(null, hasher.hash("password1"))).isFalse();
        assertThat(hasher.matches("x".repeat(10_000), hasher.hash("password1"))).isFalse();
    }
}
