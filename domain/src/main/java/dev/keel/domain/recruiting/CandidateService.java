package dev.keel.domain.recruiting;

import dev.keel.domain.recruiting.ProfileChanged.Kind;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes candidates. Each change records an embedding intent ({@link EmbeddingOutbox}) and publishes
 * {@link ProfileChanged} in the same transaction: the intent and AFTER_COMMIT listeners see every committed
 * change and nothing that rolled back, and the request never waits for Temporal. Callers validate the fields first.
 */
@Service
public class CandidateService {
    private final CandidateRepository candidates;
    private final EmbeddingOutbox outbox;
    private final ApplicationEventPublisher events;

    public CandidateService(CandidateRepository candidates, EmbeddingOutbox outbox, ApplicationEventPublisher events) {
        this.candidates = candidates;
        this.outbox = outbox;
        this.events = events;
    }

    @Transactional
    public Candidate create(long orgId, CandidateFields fields) {
        long id = candidates.insert(orgId, fields);
        changed(orgId, id, false);
        return candidates.find(orgId, id).orElseThrow();
    }

    /** Idempotent per workflow id; publishes only when this call created the row. */
    @Transactional
    public Candidate createForIntake(long orgId, CandidateFields fields, String workflowId) {
        IntakeInsert insert = candidates.insertForIntake(orgId, fields, workflowId);
        if (insert.created()) {
            changed(orgId, insert.id(), false);
        }
        return candidates.find(orgId, insert.id()).orElseThrow();
    }

    @Transactional
    public Optional<Candidate> update(long orgId, long id, CandidateFields fields) {
        if (!candidates.update(orgId, id, fields)) {
            return Optional.empty();
        }
        changed(orgId, id, false);
        return candidates.find(orgId, id);
    }

    @Transactional
    public boolean delete(long orgId, long id) {
        if (!candidates.delete(orgId, id)) {
            return false;
        }
        changed(orgId, id, true);
        return true;
    }

    private void changed(long orgId, long id, boolean deleted) {
        ProfileChanged change = new ProfileChanged(orgId, Kind.CANDIDATE, id, deleted);
        outbox.record(change);
        events.publishEvent(change);
    }
}
