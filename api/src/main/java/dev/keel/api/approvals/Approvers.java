package dev.keel.api.approvals;

import dev.keel.api.identity.Caller;
import dev.keel.domain.identity.UserAccount;
import dev.keel.domain.identity.UserRepository;
import org.springframework.stereotype.Component;

/**
 * The name recorded as the decider of a dashboard decision: always the authenticated caller (a user's email, or
 * {@code api_key:{id}}), never a name the client sends.
 */
@Component
public class Approvers {
    private final UserRepository users;

    public Approvers(UserRepository users) {
        this.users = users;
    }

    public String of(Caller caller) {
        if (caller.userId() == null) {
            return "api_key:" + caller.apiKeyId();
        }
        return users.findById(caller.orgId(), caller.userId()).map(UserAccount::email)
                .orElse("user:" + caller.userId());
    }
}
