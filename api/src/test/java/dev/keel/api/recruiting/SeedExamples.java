package dev.keel.api.recruiting;

/** Request bodies copied from the seed 000 reference. */
final class SeedExamples {
    static final String JOB = """
            {
              "title": "Senior Backend Engineer",
              "department": "Engineering",
              "location": "New York, NY",
              "employment_type": "Full-time",
              "remote_option": "Hybrid",
              "salary_min": 160000,
              "salary_max": 200000,
              "currency": "USD",
              "description": "We are hiring...",
              "required_skills": ["Python", "FastAPI", "PostgreSQL"],
              "nice_to_have_skills": ["Kubernetes", "AWS"],
              "status": "open",
              "is_public": false
            }""";
    static final String CANDIDATE = """
            {
              "full_name": "Jane Doe",
              "headline": "Senior Backend Engineer",
              "location": "San Francisco, CA",
              "experience_years": 8,
              "current_title": "Staff Engineer",
              "current_company": "TechCorp",
              "linkedin_url": "https://linkedin.com/in/janedoe",
              "github_url": "https://github.com/janedoe",
              "website_url": null,
              "notes": "Strong experience with Python and distributed systems."
            }""";

    private SeedExamples() {
    }
}
