package dev.keel.domain.recruiting.matching;

import java.util.List;

/** The fields of a job that matching reads. */
public record JobProfile(long id, String title, String department, String location, String status,
                         String description, List<String> requiredSkills, List<String> niceToHaveSkills) {
    public JobProfile {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        niceToHaveSkills = niceToHaveSkills == null ? List.of() : List.copyOf(niceToHaveSkills);
    }
}
