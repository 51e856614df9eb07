package dev.keel.api.autopack.storage;

import dev.keel.api.identity.AccountService;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;

/**
 * Who may change storage state (start a scan, decide candidates, approve rules): the organization's Autopack API key
 * (the seed's X-API-Key callers) or an org_admin user. Every caller of the organization may read.
 */
final class StorageAccess {
    private StorageAccess() {
    }

    static void requireOperator(Caller caller) {
        if (!caller.isApiKey() && !AccountService.ORG_ADMIN.equals(caller.role())) {
            throw ApiException.forbidden("Only an API key or an org_admin user can change storage scans and rules");
        }
    }
}
