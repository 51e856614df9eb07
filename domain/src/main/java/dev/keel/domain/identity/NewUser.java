package dev.keel.domain.identity;

/** What registration stores; the password is already hashed. */
public record NewUser(String email, String username, String fullName, String passwordHash, String role) {
}
