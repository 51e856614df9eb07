package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TokenValidationIT extends KeelApiTest {
    @Autowired
    SigningKeys signingKeys;

    private Response me(String token) {
        return http().bearer(token).get("/api/auth/me");
    }

    private String kid(String token) {
        return JwtForge.decode(token.split("\\.")[0]).replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void jwksPublicKeyVerifiesARealAccessToken() throws Exception {
        String token = Accounts.accessToken(http(), "jwks");
        Response jwks = http().get("/api/auth/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = null;
        for (JsonNode candidate : jwks.json().path("keys")) {
            if (candidate.path("kid").asString().equals(kid(token))) {
                key = candidate;
            }
        }
        assertThat(key).as("JWKS entry for the token's kid").isNotNull();
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("alg").asString()).isEqualTo("RS256");
        assertThat(key.path("use").asString()).isEqualTo("sig");
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asString())),
                new BigInteger(1, Base64.getUrlDecoder().decode(key.path("e").asString()))));
        assertThat(((java.security.interfaces.RSAPublicKey) publicKey).getModulus().bitLength()).isEqualTo(2048);
        assertThat(JwtForge.verifyRs256(token, publicKey)).isTrue();
        assertThat(JwtForge.verifyRs256(JwtForge.replacePayload(token, "{\"sub\":\"1\"}"), publicKey)).isFalse();
        String claims = JwtForge.decode(token.split("\\.")[1]);
        assertThat(claims).contains("\"iss\":\"keel\"").contains("\"aud\":\"keel-api\"")
                .contains("\"type\":\"access\"").contains("\"org_id\":").contains("\"role\":\"org_admin\"");
    }

    @Test
    void acceptsTokenMintedWithTheStoredKey() throws Exception {
        JsonNode user = Accounts.register(http(), Accounts.email("minted")).json();
        String token = JwtForge.rs256(signingKeys.activeKid(), signingKeys.privateKey(), JwtForge.claims(
                user.path("id").asLong(), user.path("org_id").asLong(), Instant.now().getEpochSecond() + 300));
        assertThat(me(token).status()).isEqualTo(200);
    }

    @Test
    void rejectsExpiredToken() throws Exception {
        JsonNode user = Accounts.register(http(), Accounts.email("expired")).json();
        String token = JwtForge.rs256(signingKeys.activeKid(), signingKeys.privateKey(), JwtForge.claims(
                user.path("id").asLong(), user.path("org_id").asLong(), Instant.now().getEpochSecond() - 60));
        Response response = me(token);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Token has expired");
    }

    @Test
    void rejectsTamperedPayload() {
        JsonNode user = Accounts.register(http(), Accounts.email("tamper")).json();
        String token = user.path("access_token").asString();
        String forged = JwtForge.replacePayload(token, JwtForge.claims(user.path("id").asLong(),
                user.path("org_id").asLong() + 1, Instant.now().getEpochSecond() + 300));
        Response response = me(forged);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Invalid token");
    }

    @Test
    void rejectsTokenSignedWithAnotherKey() throws Exception {
        JsonNode user = Accounts.register(http(), Accounts.email("wrongkey")).json();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = JwtForge.rs256(signingKeys.activeKid(), generator.generateKeyPair().getPrivate(),
                JwtForge.claims(user.path("id").asLong(), user.path("org_id").asLong(),
                        Instant.now().getEpochSecond() + 300));
        assertThat(me(forged).status()).isEqualTo(401);
        assertThat(me(forged).detail()).isNotBlank();
    }

    @Test
    void rejectsAlgNone() {
        JsonNode user = Accounts.register(http(), Accounts.email("none")).json();
        String forged = JwtForge.unsigned(JwtForge.claims(user.path("id").asLong(), user.path("org_id").asLong(),
                Instant.now().getEpochSecond() + 300));
        Response response = me(forged);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void rejectsHs256SignedWithThePublicKey() throws Exception {
        JsonNode user = Accounts.register(http(), Accounts.email("hs256")).json();
        String forged = JwtForge.hs256WithPublicKey(signingKeys.activeKid(),
                signingKeys.publicKey(signingKeys.activeKid()), JwtForge.claims(user.path("id").asLong(),
                        user.path("org_id").asLong(), Instant.now().getEpochSecond() + 300));
        Response response = me(forged);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void rejectsGarbageBearer() {
        assertThat(me("not-a-jwt").status()).isEqualTo(401);
    }
}
