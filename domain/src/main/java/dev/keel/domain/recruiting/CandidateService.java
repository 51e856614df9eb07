package dev.keel.domain.recruiting;

import dev.keel.domain.recruiting.ProfileChanged.Kind;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes candidates and publishes {@link ProfileChanged} inside the same transaction, so AFTER_COMMIT listeners
 * see every committed change and nothing that rolled back. Callers validate the fields first.
 */
@Service
public class CandidateService {
    private final CandidateRepository candidates;
    private final ApplicationEventPublisher events;

    public CandidateService(CandidateRepository candidates, ApplicationEventPublisher events) {
        this.candidates = candidates;
        this.events = events;
    }

    @Transactional
    public Candidate create(long orgId, CandidateFields fields) {
        long id = candidates.insert(orgId, fields);
        events.publishEvent(new ProfileChanged(orgId, Kind.CANDIDATE, id, false));
        return candidates.find(orgId, id).orElseThrow();
    }

    /** Idempotent per workflow id; publishes only when this call created the row. */
    @Transactional
    public Candidate createForIntake(long orgId, CandidateFields fields, String workflowId) {
        IntakeInsert insert = candidates.insertForIntake(orgId, fields, workflowId);
        if (insert.created()) {
            events.publishEvent(new ProfileChanged(orgId, Kind.CANDIDATE, insert.id(), false));
        }
        return candidates.find(orgId, insert.id()).orElseThrow();
    }

    @Transactional
    public Optional<Candidate> update(long orgId, long id, CandidateFields fields) {
        if (!candidates.update(orgId, id, fields)) {
            return Optional.empty();
        }
        events.publishEvent(new ProfileChanged(orgId, Kind.CANDIDATE, id, false));
        return candidates.find(orgId, id);
    }

    @Transactional
    public boolean delete(long orgId, long id) {
        if (!candidates.delete(orgId, id)) {
            return false;
        }
        events.publishEvent(new ProfileChanged(orgId, Kind.CANDIDATE, id, true));
        return true;
    }
}
