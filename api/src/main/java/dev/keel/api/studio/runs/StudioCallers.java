package dev.keel.api.studio.runs;

import dev.keel.api.identity.AccountService;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;

/** Studio data belongs to a user: callers without one (organization API keys) are refused. */
final class StudioCallers {
    private StudioCallers() {
    }

    static long userId(Caller caller) {
        if (caller.userId() == null) {
            throw ApiException.forbidden("Benchmark Studio needs a user's token; an organization API key has no user");
        }
        return caller.userId();
    }

    /** Studio admin: the organization's admin (or a platform admin). */
    static void requireAdmin(Caller caller) {
        if (!caller.platformAdmin() && !AccountService.ORG_ADMIN.equals(caller.role())) {
            throw ApiException.forbidden("Admin access required");
        }
    }
}
