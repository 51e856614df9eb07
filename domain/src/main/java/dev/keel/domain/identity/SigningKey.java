package dev.keel.domain.identity;

/** An asymmetric JWT signing key pair in encoded form (PKCS#8 private, X.509 public). */
public record SigningKey(String kid, String algorithm, byte[] privateKey, byte[] publicKey) {
}
