package dev.keel.domain.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for provider keys at rest: a stored value is a 12-byte random nonce followed by the ciphertext and
 * its 16-byte tag. The key is SHA-256 of KEEL_SECRET_KEY; without it, of a random secret generated once into
 * {@code <data dir>/studio-secret.key} (logged), so an embedded install keeps its keys readable across restarts.
 */
@Component
public class StudioSecrets {
    static final String KEY_FILE = "studio-secret.key";
    private static final Logger LOG = LoggerFactory.getLogger(StudioSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public StudioSecrets(StudioSettings settings, Environment environment) {
        String secret = settings.secretKey();
        if (secret == null) {
            String dir = environment.getProperty("keel.infrastructure.data-dir");
            secret = secretFromDataDirectory(Path.of(dir == null || dir.isBlank() ? "./.keel" : dir));
        }
        this.key = new SecretKeySpec(sha256(secret), "AES");
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Throws IllegalStateException when the value was sealed with another key or was altered. */
    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, 12));
            return new String(cipher.doFinal(stored, 12, stored.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored studio key cannot be decrypted (KEEL_SECRET_KEY changed?)", e);
        }
    }

    static String secretFromDataDirectory(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            Files.writeString(file, secret + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data directory's own permissions protect it
            }
            LOG.warn("KEEL_SECRET_KEY is not set: generated a studio encryption key into {}; keep that file (or set "
                    + "KEEL_SECRET_KEY on every process) or stored provider keys become unreadable", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the studio key file " + file, e);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
