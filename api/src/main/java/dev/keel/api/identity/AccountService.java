package dev.keel.api.identity;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.identity.NewUser;
import dev.keel.domain.identity.UserAccount;
import dev.keel.domain.identity.UserRepository;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Registration and password login, shared by the /api/v1 and /api/auth routes. */
@Service
public class AccountService {
    public static final String ORG_ADMIN = "org_admin";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginRateLimiter limiter;

    public AccountService(UserRepository users, PasswordHasher hasher, LoginRateLimiter limiter) {
        this.users = users;
        this.hasher = hasher;
        this.limiter = limiter;
    }

    /** Creates a new organization (named {@code orgName}, or the email when null) and its org_admin user. */
    public UserAccount register(String rawEmail, String password, String username, String orgName) {
        String email = normalizeEmail(rawEmail);
        checkPassword(password);
        if (username != null && (username.isBlank() || username.length() < 3 || username.length() > 50)) {
            throw ApiException.unprocessable("username: must be 3 to 50 characters");
        }
        String fullName = email.substring(0, email.indexOf('@'));
        NewUser user = new NewUser(email, username, fullName, hasher.hash(password), ORG_ADMIN);
        try {
            return users.createWithOrganization(orgName != null ? orgName : email, user);
        } catch (DuplicateKeyException e) {
            String what = e.getMessage() != null && e.getMessage().contains("username") ? "Username" : "Email";
            throw new DuplicateAccountException(what + " already registered");
        }
    }

    /**
     * Checks the lockouts first (a correct password is refused too), then the credentials. The account key is the
     * user's id when the login names one (email and username count together), else the login as typed.
     */
    public UserAccount authenticate(String login, String password, String clientAddress, String failureDetail) {
        String key = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        UserAccount user = key.isEmpty() ? null : users.findByLogin(key).orElse(null);
        String account = user != null ? "user:" + user.id() : "login:" + Hashes.sha256Hex(key);
        limiter.lockedFor(account, clientAddress).ifPresent(seconds -> {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, lockedOut(seconds), seconds.toString());
        });
        boolean ok = hasher.matches(password, user == null ? null : user.passwordHash());
        if (!ok || user == null || !user.active()) {
            limiter.recordFailure(account, clientAddress);
            throw ApiException.unauthorized(failureDetail);
        }
        limiter.recordSuccess(account, clientAddress);
        return user;
    }

    public UserAccount current(Caller caller) {
        if (caller.userId() == null) {
            throw ApiException.forbidden("This endpoint needs a user token, not an API key");
        }
        return users.findById(caller.orgId(), caller.userId())
                .filter(UserAccount::active)
                .orElseThrow(() -> ApiException.unauthorized("User no longer exists"));
    }

    /** What to do, not only what happened: the recruiting front-end shows nothing but this text. */
    static String lockedOut(long seconds) {
        long minutes = (seconds + 59) / 60;
        return "Too many failed login attempts; sign-in is paused. Wait " + (seconds < 120 ? seconds + " seconds"
                : minutes + " minutes") + " and try again with the correct password (try again in " + seconds
                + " seconds).";
    }

    static String normalizeEmail(String raw) {
        if (raw == null) {
            throw ApiException.unprocessable("email: field required");
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.length() > 254 || email.chars().anyMatch(Character::isWhitespace)) {
            throw ApiException.unprocessable("email: value is not a valid email address");
        }
        return email;
    }

    static void checkPassword(String password) {
        if (password == null) {
            throw ApiException.unprocessable("password: field required");
        }
        if (password.length() < 8) {
            throw ApiException.unprocessable("password: must be at least 8 characters; choose a longer password and"
                    + " register again");
        }
        if (password.length() > 100) {
            throw ApiException.unprocessable("password: must be at most 100 characters");
        }
    }
}
