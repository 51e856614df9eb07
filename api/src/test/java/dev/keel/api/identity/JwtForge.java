package dev.keel.api.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hand-built JWTs for attack tests, independent of the library under test. */
final class JwtForge {
    private JwtForge() {
    }

    static String b64(String json) {
        return b64(json.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static String claims(long userId, long orgId, long expEpochSeconds) {
        return "{\"iss\":\"keel\",\"aud\":\"keel-api\",\"sub\":\"" + userId + "\",\"org_id\":" + orgId
                + ",\"role\":\"org_admin\",\"type\":\"access\",\"iat\":" + (expEpochSeconds - 900)
                + ",\"exp\":" + expEpochSeconds + "}";
    }

    static String unsigned(String claimsJson) {
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claimsJson) + ".";
    }

    /** HS256 "signed" with the RSA public key as the HMAC secret: the classic algorithm-confusion attack. */
    static String hs256WithPublicKey(String kid, PublicKey publicKey, String claimsJson) throws GeneralSecurityException {
        String input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + b64(claimsJson);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey.getEncoded(), "HmacSHA256"));
        return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    static String rs256(String kid, PrivateKey key, String claimsJson) throws GeneralSecurityException {
        String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + b64(claimsJson);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(signature.sign());
    }

    static boolean verifyRs256(String token, PublicKey key) throws GeneralSecurityException {
        int lastDot = token.lastIndexOf('.');
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    static String replacePayload(String token, String claimsJson) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + b64(claimsJson) + "." + parts[2];
    }
}
