package dev.keel.api.identity;

import dev.keel.domain.identity.SigningKey;
import dev.keel.domain.identity.SigningKeyRepository;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The RS256 key pair used to sign access and CLI tokens. Generated on first start and kept in
 * {@code signing_keys}, so restarts and other processes share it; when two processes start at once the
 * unique index lets one insert win and both then load the winner.
 */
@Component
public class SigningKeys {
    public static final String ALGORITHM = "RS256";

    private final String activeKid;
    private final RSAPrivateKey privateKey;
    private final Map<String, RSAPublicKey> publicKeys = new LinkedHashMap<>();

    public SigningKeys(SigningKeyRepository repository) {
        if (repository.findActive().isEmpty()) {
            repository.insertIfNoActive(generate());
        }
        SigningKey active = repository.findActive().orElseThrow();
        this.activeKid = active.kid();
        this.privateKey = (RSAPrivateKey) decode(active).getPrivate();
        for (SigningKey key : repository.findAll()) {
            publicKeys.put(key.kid(), (RSAPublicKey) decode(key).getPublic());
        }
    }

    public String activeKid() {
        return activeKid;
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey(String kid) {
        return kid == null ? null : publicKeys.get(kid);
    }

    public Map<String, RSAPublicKey> publicKeys() {
        return Map.copyOf(publicKeys);
    }

    private static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(UUID.randomUUID().toString(), ALGORITHM, pair.getPrivate().getEncoded(),
                    pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate the RSA signing key", e);
        }
    }

    private static KeyPair decode(SigningKey key) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(key.publicKey())),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(key.privateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + key.kid() + " is unreadable", e);
        }
    }
}
