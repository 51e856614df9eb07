package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.domain.identity.SigningKey;
import dev.keel.domain.identity.SigningKeyRepository;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
    /** Keeps keys in memory; the unique-active rule of the real table is kept. */
    static final class InMemorySigningKeys extends SigningKeyRepository {
        final List<SigningKey> rows = new ArrayList<>();

        InMemorySigningKeys() {
            super(null);
        }

        @Override
        public Optional<SigningKey> findActive() {
            return rows.stream().findFirst();
        }

        @Override
        public boolean insertIfNoActive(SigningKey key) {
            return rows.isEmpty() && rows.add(key);
        }

        @Override
        public List<SigningKey> findAll() {
            return List.copyOf(rows);
        }
    }

    private final InMemorySigningKeys repository = new InMemorySigningKeys();
    private final SigningKeys keys = new SigningKeys(repository);
    private final MutableClock clock = new MutableClock();
    private final TokenService service = new TokenService(keys, clock);
    private final TokenClaims claims = new TokenClaims(7, 3, "org_admin", false, TokenClaims.ACCESS, null);

    @Test
    void roundTripsClaimsWithKidHeader() {
        String token = service.issue(claims, Duration.ofMinutes(15));
        TokenClaims verified = service.verify(token);
        assertThat(verified.userId()).isEqualTo(7);
        assertThat(verified.orgId()).isEqualTo(3);
        assertThat(verified.role()).isEqualTo("org_admin");
        assertThat(verified.type()).isEqualTo("access");
        assertThat(JwtForge.decode(token.split("\\.")[0])).contains("\"kid\":\"" + keys.activeKid() + "\"")
                .contains("\"alg\":\"RS256\"");
    }

    @Test
    void reusesTheStoredKeyAcrossRestarts() {
        SigningKeys again = new SigningKeys(repository);
        assertThat(again.activeKid()).isEqualTo(keys.activeKid());
        String token = service.issue(claims, Duration.ofMinutes(15));
        assertThat(new TokenService(again, clock).verify(token).userId()).isEqualTo(7);
    }

    @Test
    void rejectsExpiredToken() {
        String token = service.issue(claims, Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> service.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessage("Token has expired");
    }

    @Test
    void rejectsAnAlreadyVerifiedTokenOnceItExpires() {
        String token = service.issue(claims, Duration.ofMinutes(15));
        assertThat(service.verify(token).userId()).isEqualTo(7);
        clock.advance(Duration.ofMinutes(14));
        assertThat(service.verify(token).userId()).isEqualTo(7);
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> service.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessage("Token has expired");
    }

    @Test
    void rejectsTamperedPayload() {
        String token = service.issue(claims, Duration.ofMinutes(15));
        String forged = JwtForge.replacePayload(token, JwtForge.claims(7, 99, clock.instant().getEpochSecond() + 600));
        assertThatThrownBy(() -> service.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void rejectsAlgNone() {
        String forged = JwtForge.unsigned(JwtForge.claims(7, 3, clock.instant().getEpochSecond() + 600));
        assertThatThrownBy(() -> service.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void rejectsHs256SignedWithThePublicKey() throws Exception {
        String forged = JwtForge.hs256WithPublicKey(keys.activeKid(), keys.publicKey(keys.activeKid()),
                JwtForge.claims(7, 3, clock.instant().getEpochSecond() + 600));
        assertThatThrownBy(() -> service.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void rejectsTokenSignedByAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        String forged = JwtForge.rs256(keys.activeKid(), other.getPrivate(),
                JwtForge.claims(7, 3, clock.instant().getEpochSecond() + 600));
        assertThatThrownBy(() -> service.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void rejectsWrongIssuerOrAudienceOrMissingExpiry() throws Exception {
        long exp = clock.instant().getEpochSecond() + 600;
        String good = JwtForge.claims(7, 3, exp);
        assertThat(service.verify(JwtForge.rs256(keys.activeKid(), keys.privateKey(), good)).orgId()).isEqualTo(3);
        for (String bad : List.of(good.replace("\"iss\":\"keel\"", "\"iss\":\"autopack\""),
                good.replace("\"aud\":\"keel-api\"", "\"aud\":\"autopack-api\""),
                good.replace(",\"exp\":" + exp, ""),
                good.replace("\"type\":\"access\"", "\"type\":\"refresh\""))) {
            String token = JwtForge.rs256(keys.activeKid(), keys.privateKey(), bad);
            assertThatThrownBy(() -> service.verify(token)).as(bad).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void rejectsUnknownKid() throws Exception {
        String token = JwtForge.rs256("no-such-kid", keys.privateKey(),
                JwtForge.claims(7, 3, clock.instant().getEpochSecond() + 600));
        assertThatThrownBy(() -> service.verify(token)).isInstanceOf(InvalidTokenException.class);
    }
}
