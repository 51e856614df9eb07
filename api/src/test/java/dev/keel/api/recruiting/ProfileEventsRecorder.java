package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.ProfileChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Test listener (component-scanned into the shared app): records ProfileChanged events seen after commit. */
@Component
public class ProfileEventsRecorder {
    private final List<ProfileChanged> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ProfileChanged event) {
        events.add(event);
    }

    public List<ProfileChanged> forOrg(long orgId) {
        return events.stream().filter(e -> e.orgId() == orgId).toList();
    }
}
