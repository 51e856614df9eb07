package dev.keel.api.recruiting;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keel.domain.recruiting.Job;
import dev.keel.domain.recruiting.JobFields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A job as the seed's JobOut, field for field. Skill lists are null until set, salaries 64-bit integers. */
@Schema(name = "JobOut")
public record JobOut(long id, long orgId, Long createdByUserId,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String department,
                     String location, String employmentType, String remoteOption, Long salaryMin, Long salaryMax,
                     String currency, String description, List<String> requiredSkills, List<String> niceToHaveSkills,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"open", "on_hold", "closed"})
                     String status,
                     @JsonProperty("is_public") boolean isPublic) {

    static JobOut of(Job job) {
        JobFields f = job.fields();
        return new JobOut(job.id(), job.orgId(), job.createdByUserId(), f.title(), f.department(), f.location(),
                f.employmentType(), f.remoteOption(), f.salaryMin(), f.salaryMax(), f.currency(), f.description(),
                f.requiredSkills(), f.niceToHaveSkills(), f.status(), f.isPublic());
    }
}
