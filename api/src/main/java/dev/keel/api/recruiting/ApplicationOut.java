package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.Application;

/** An application as the seed's ApplicationOut, field for field. */
public record ApplicationOut(long id, long orgId, long jobId, long candidateId, String status, String source,
                             Integer fitScore) {

    static ApplicationOut of(Application a) {
        return new ApplicationOut(a.id(), a.orgId(), a.jobId(), a.candidateId(), a.fields().status(),
                a.fields().source(), a.fields().fitScore());
    }
}
