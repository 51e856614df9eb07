package dev.keel.domain.recruiting;

import dev.keel.domain.recruiting.ProfileChanged.Kind;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes jobs and publishes {@link ProfileChanged} inside the same transaction, so AFTER_COMMIT listeners
 * see every committed change and nothing that rolled back. Callers validate the fields first.
 */
@Service
public class JobService {
    private final JobRepository jobs;
    private final ApplicationEventPublisher events;

    public JobService(JobRepository jobs, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.events = events;
    }

    @Transactional
    public Job create(long orgId, Long userId, JobFields fields) {
        long id = jobs.insert(orgId, userId, fields);
        events.publishEvent(new ProfileChanged(orgId, Kind.JOB, id, false));
        return jobs.find(orgId, id).orElseThrow();
    }

    /** Idempotent per workflow id; publishes only when this call created the row. */
    @Transactional
    public Job createForIntake(long orgId, Long userId, JobFields fields, String workflowId) {
        IntakeInsert insert = jobs.insertForIntake(orgId, userId, fields, workflowId);
        if (insert.created()) {
            events.publishEvent(new ProfileChanged(orgId, Kind.JOB, insert.id(), false));
        }
        return jobs.find(orgId, insert.id()).orElseThrow();
    }

    @Transactional
    public Optional<Job> update(long orgId, long id, JobFields fields) {
        if (!jobs.update(orgId, id, fields)) {
            return Optional.empty();
        }
        events.publishEvent(new ProfileChanged(orgId, Kind.JOB, id, false));
        return jobs.find(orgId, id);
    }

    @Transactional
    public boolean delete(long orgId, long id) {
        if (!jobs.delete(orgId, id)) {
            return false;
        }
        events.publishEvent(new ProfileChanged(orgId, Kind.JOB, id, true));
        return true;
    }
}
