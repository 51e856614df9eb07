package dev.keel.api.recruiting.body;

/** The seed's examples and rules for job bodies, shared by the create and update records. */
final class JobExamples {
    static final String STATUS = "^(open|on_hold|closed)$";
    static final String STATUS_MESSAGE = "must be one of open, on_hold, closed";
    static final String CREATE = """
            {"title": "Senior Backend Engineer", "department": "Engineering", "location": "New York, NY",
             "employment_type": "Full-time", "remote_option": "Hybrid", "salary_min": 160000, "salary_max": 200000,
             "currency": "USD", "description": "We are hiring...", "required_skills": ["Python", "FastAPI"],
             "nice_to_have_skills": ["Kubernetes"], "status": "open", "is_public": false}""";
    static final String UPDATE = """
            {"status": "on_hold", "department": null, "salary_max": 150000, "required_skills": ["Python", "Kafka"]}""";

    private JobExamples() {
    }
}
