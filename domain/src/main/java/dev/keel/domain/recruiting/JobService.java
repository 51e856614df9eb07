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
        long id = jobs.insert(orgId, userId, fields);
        changed(orgId, id, false);
        return jobs.find(orgId, id).orElseThrow();
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
        if (!jobs.update(orgId, id, fields)) {
            return Optional.empty();
        }
        changed(orgId, id, false);
        return jobs.find(orgId, id);
    }

    @Transactional
    public boolean delete(long orgId, long id) {
        if (!jobs.delete(orgId, id)) {
            return false;
        }
        changed(orgId, id, true);
        return true;
    }

    private void changed(long orgId, long id, boolean deleted) {
        ProfileChanged change = new ProfileChanged(orgId, Kind.JOB, id, deleted);
        outbox.record(change);
        events.publishEvent(change);
    }
}
