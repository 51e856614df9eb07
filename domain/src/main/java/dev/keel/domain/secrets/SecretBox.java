package dev.keel.domain.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets stored in PostgreSQL (AES-256-GCM, a random 96-bit nonce per value, the row's identity as
 * associated data so a ciphertext copied to another row does not decrypt). The key is SHA-256 of KEEL_SECRET_KEY;
 * without it, in the embedded mode only, a random key generated into {@code <data-dir>/secret.key} on first use
 * (mode 600). With an external database and no KEEL_SECRET_KEY there is no key: {@link MissingKeyException}.
 * Stored form: {@code v1:<base64(nonce || ciphertext+tag)>}.
 */
@Component
public class SecretBox {
    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String configuredKey;
    private final boolean embedded;
    private final Path dataDir;
    private volatile SecretKeySpec key;

    public SecretBox(@Value("${KEEL_SECRET_KEY:}") String configuredKey,
                     @Value("${keel.database.mode:external}") String databaseMode,
                     @Value("${keel.infrastructure.data-dir:./.keel}") String dataDir) {
        this.configuredKey = configuredKey == null ? "" : configuredKey.strip();
        this.embedded = "embedded".equals(databaseMode);
        this.dataDir = Path.of(dataDir.isBlank() ? "./.keel" : dataDir).toAbsolutePath().normalize();
    }

    public static class MissingKeyException extends IllegalStateException {
        MissingKeyException() {
            super("KEEL_SECRET_KEY is not set: secrets cannot be stored or read with an external database without it");
        }
    }

    public String seal(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** The plaintext; throws when the value was sealed with another key or for another context. */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not decrypt with this KEEL_SECRET_KEY", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(sha256(material()), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private String material() {
        if (!configuredKey.isEmpty()) {
            return configuredKey;
        }
        if (!embedded) {
            throw new MissingKeyException();
        }
        Path file = dataDir.resolve("secret.key");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] generated = new byte[32];
                RANDOM.nextBytes(generated);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(generated));
                } catch (FileAlreadyExistsException raced) {
                    // another process of the same data directory wrote it first
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(generated));
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
