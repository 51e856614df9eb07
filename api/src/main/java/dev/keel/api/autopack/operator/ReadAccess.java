package dev.keel.api.autopack.operator;

import dev.keel.activities.approvals.ApprovalSettings;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import org.springframework.stereotype.Component;

/**
 * The seed's verify_read_access, within the caller's organization (reads are always scoped by it): production
 * requires the X-API-Key; outside production AUTOPACK_PUBLIC_READ=1 also admits Bearer callers; else the key.
 */
@Component
public class ReadAccess {
    private final ApprovalSettings approvals;
    private final AutopackReadSettings settings;

    public ReadAccess(ApprovalSettings approvals, AutopackReadSettings settings) {
        this.approvals = approvals;
        this.settings = settings;
    }

    public void check(Caller caller) {
        boolean open = !approvals.current().production() && Boolean.TRUE.equals(settings.publicRead());
        if (!open && !caller.isApiKey()) {
            throw ApiException.forbidden("Invalid or missing API key: operator reads require the X-API-Key header"
                    + " (or AUTOPACK_PUBLIC_READ=1 outside production)");
        }
    }
}
