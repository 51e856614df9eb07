package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.Application;
import io.swagger.v3.oas.annotations.media.Schema;

/** An application as the seed's ApplicationOut, field for field. */
@Schema(name = "ApplicationOut")
public record ApplicationOut(long id, long orgId, long jobId, long candidateId,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"sourced",
                                     "screening", "interview", "offer", "hired", "rejected"}) String status,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String source, Integer fitScore) {

    static ApplicationOut of(Application a) {
        return new ApplicationOut(a.id(), a.orgId(), a.jobId(), a.candidateId(), a.fields().status(),
                a.fields().source(), a.fields().fitScore());
    }
}
