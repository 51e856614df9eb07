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
        Candidate created = candidates.insertWithIntent(orgId, fields);
        published(orgId, created.id(), false);
        return created;
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
        Optional<Candidate> updated = candidates.updateWithIntent(orgId, id, fields);
        updated.ifPresent(u -> published(orgId, id, false));
        return updated;
    }

    @Transactional
    public boolean delete(long orgId, long id) {
        if (!candidates.deleteWithIntent(orgId, id)) {
            return false;
        }
        published(orgId, id, true);
        return true;
    }

    /** Intake writes record the intent with a statement of their own. */
    private void changed(long orgId, long id, boolean deleted) {
        ProfileChanged change = new ProfileChanged(orgId, Kind.CANDIDATE, id, deleted);
        outbox.record(change);
        events.publishEvent(change);
    }

    /** Create, update and delete recorded the intent in their own statement: one round trip and the commit. */
    private void published(long orgId, long id, boolean deleted) {
        events.publishEvent(new ProfileChanged(orgId, Kind.CANDIDATE, id, deleted));
    }
}
