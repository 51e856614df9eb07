package dev.keel.api.autopack.operator;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.platform.approvals.ApprovalSettings;
import org.springframework.stereotype.Component;

/**
 * The seed's verify_read_access, within the caller's organization (reads are always scoped by it): production
 * requires the X-API-Key; outside production AUTOPACK_PUBLIC_READ=1 also admits Bearer callers; else the key.
 */
@Component
public class ReadAccess {
    private final boolean production;
    private final AutopackReadSettings settings;

    /** AUTOPACK_ENV is the approvals' setting ({@code keel.approvals.autopack-env}, validated there). */
    public ReadAccess(ApprovalSettings approvals, AutopackReadSettings settings) {
        this.production = approvals.current().production();
        this.settings = settings;
    }

    public void check(Caller caller) {
        boolean open = !production && Boolean.TRUE.equals(settings.publicRead());
        if (!open && !caller.isApiKey()) {
            throw ApiException.forbidden("Invalid or missing API key: operator reads require the X-API-Key header"
                    + " (or AUTOPACK_PUBLIC_READ=1 outside production)");
        }
    }
}
