package dev.keel.domain.recruiting;

import dev.keel.domain.recruiting.ProfileChanged.Kind;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes jobs. Each change records an embedding intent ({@link EmbeddingOutbox}) and publishes
 * {@link ProfileChanged} in the same transaction: the intent and AFTER_COMMIT listeners see every committed
 * change and nothing that rolled back, and the request never waits for Temporal. Callers validate the fields first.
 */
@Service
public class JobService {
    private final JobRepository jobs;
    private final EmbeddingOutbox outbox;
    private final ApplicationEventPublisher events;

    public JobService(JobRepository jobs, EmbeddingOutbox outbox, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.events = events;
    }

    @Transactional
    public Job create(long orgId, Long userId, JobFields fields) {
        Job created = jobs.insertWithIntent(orgId, userId, fields);
        published(orgId, created.id(), false);
        return created;
    }

    /** Idempotent per workflow id; publishes only when this call created the row. */
    @Transactional
    public Job createForIntake(long orgId, Long userId, JobFields fields, String workflowId) {
        IntakeInsert insert = jobs.insertForIntake(orgId, userId, fields, workflowId);
        if (insert.created()) {
            changed(orgId, insert.id(), false);
        }
        return jobs.find(orgId, insert.id()).orElseThrow();
    }

    @Transactional
    public Optional<Job> update(long orgId, long id, JobFields fields) {
        Optional<Job> updated = jobs.updateWithIntent(orgId, id, fields);
        updated.ifPresent(u -> published(orgId, id, false));
        return updated;
    }

    @Transactional
    public boolean delete(long orgId, long id) {
        if (!jobs.deleteWithIntent(orgId, id)) {
            return false;
        }
        published(orgId, id, true);
        return true;
    }

    /** Intake writes record the intent with a statement of their own. */
    private void changed(long orgId, long id, boolean deleted) {
        ProfileChanged change = new ProfileChanged(orgId, Kind.JOB, id, deleted);
        outbox.record(change);
        events.publishEvent(change);
    }

    /** Create, update and delete recorded the intent in their own statement: one round trip and the commit. */
    private void published(long orgId, long id, boolean deleted) {
        events.publishEvent(new ProfileChanged(orgId, Kind.JOB, id, deleted));
    }
}
