package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.recruiting.ApplicationFields;
import dev.keel.domain.recruiting.CandidateFields;
import dev.keel.domain.recruiting.JobFields;
import tools.jackson.databind.JsonNode;

/** Merges a create or PATCH body over a base record and validates the merged result (422 on any problem). */
final class ProfileBodies {
    private ProfileBodies() {
    }

    static JobFields job(JobFields base, JsonNode json) {
        JsonBody b = new JsonBody(json);
        if (b.has("status") && json.get("status").isNull() || b.has("is_public") && json.get("is_public").isNull()) {
            throw ApiException.unprocessable("status and is_public must not be null");
        }
        JobFields merged = new JobFields(b.text("title", base.title()), b.text("department", base.department()),
                b.text("location", base.location()), b.text("employment_type", base.employmentType()),
                b.text("remote_option", base.remoteOption()), b.integer("salary_min", base.salaryMin()),
                b.integer("salary_max", base.salaryMax()), b.text("currency", base.currency()),
                b.text("description", base.description()), b.strings("required_skills", base.requiredSkills()),
                b.strings("nice_to_have_skills", base.niceToHaveSkills()), b.text("status", base.status()),
                b.bool("is_public", base.isPublic()));
        merged.problem().ifPresent(p -> {
            throw ApiException.unprocessable(p);
        });
        return merged;
    }

    static CandidateFields candidate(CandidateFields base, JsonNode json) {
        JsonBody b = new JsonBody(json);
        CandidateFields merged = new CandidateFields(b.text("full_name", base.fullName()),
                b.text("headline", base.headline()), b.text("location", base.location()),
                b.integer("experience_years", base.experienceYears()), b.text("current_title", base.currentTitle()),
                b.text("current_company", base.currentCompany()), b.text("linkedin_url", base.linkedinUrl()),
                b.text("github_url", base.githubUrl()), b.text("website_url", base.websiteUrl()),
                b.text("notes", base.notes()));
        merged.problem().ifPresent(p -> {
            throw ApiException.unprocessable(p);
        });
        return merged;
    }

    static ApplicationFields application(ApplicationFields base, JsonBody b) {
        ApplicationFields merged = new ApplicationFields(b.text("status", base.status()),
                b.text("source", base.source()), b.integer("fit_score", base.fitScore()));
        merged.problem().ifPresent(p -> {
            throw ApiException.unprocessable(p);
        });
        return merged;
    }
}
