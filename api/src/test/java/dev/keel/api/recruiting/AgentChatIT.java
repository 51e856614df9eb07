package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.domain.recruiting.MatchingService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

class AgentChatIT extends KeelApiTest {
    @Autowired
    ObjectProvider<MatchingService> matching;
    @Autowired
    TestChatModelSettings settings;
    HttpTestClient http;

    @BeforeEach
    void user() {
        settings.use(null, null, null);
        http = http().bearer(TestUsers.register(http(), "chat").accessToken());
    }

    @Test
    void unknownIntentsGetHelpNeverAnError() {
        for (String message : new String[] {"hello there", "", "help", "what is the weather"}) {
            String reply = chat(message);
            assertThat(reply).contains("'list jobs'").contains("'match candidates for job 5'");
        }
        assertThat(http.postJson("/api/v1/agent/chat", "{\"conversation_id\":null}").status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/agent/chat", "{\"message\":").status()).isEqualTo(400);
    }

    @Test
    void listsJobsTenThenSaysHowManyMore() {
        assertThat(chat("list jobs")).startsWith("You have no jobs yet");
        for (int i = 1; i <= 12; i++) {
            http.postJson("/api/v1/jobs", "{\"title\":\"Job " + i + "\",\"status\":\"" + (i <= 11 ? "open" : "closed") + "\"}");
        }
        String reply = chat("list jobs");
        assertThat(reply).startsWith("Here are your jobs (12 total):");
        assertThat(reply.lines().filter(l -> l.startsWith("- Job #")).count()).isEqualTo(10);
        assertThat(reply).endsWith("...and 2 more");
        String open = chat("show open jobs");
        assertThat(open).startsWith("Here are your open jobs (11 total):").endsWith("...and 1 more");
    }

    @Test
    void summarizesListsAndShowsThePipeline() {
        long job = http.postJson("/api/v1/jobs", SeedExamples.JOB).json().path("id").asLong();
        long cand = http.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        http.postJson("/api/v1/applications", Map.of("job_id", job, "candidate_id", cand, "fit_score", 85));

        assertThat(chat("list candidates")).isEqualTo("Here are your candidates (1 total):\n\n- Candidate #" + cand
                + ": Jane Doe (Staff Engineer @ TechCorp)");
        assertThat(chat("summarize candidate " + cand)).startsWith("Candidate #" + cand + ": Jane Doe\n")
                .contains("- Headline: Senior Backend Engineer", "- Current role: Staff Engineer @ TechCorp",
                        "- Experience: 8 years", "- Applications: 1");
        assertThat(chat("pipeline for job " + job)).contains("Pipeline for job #" + job + " (Senior Backend Engineer)")
                .contains("candidate #" + cand + " Jane Doe — sourced, fit 85");
        assertThat(chat("applications for job " + job)).contains("Jane Doe");
        assertThat(chat("summarize candidate 999999999")).isEqualTo("Candidate #999999999 not found.");

        String matches = chat("match candidates for job " + job);
        String jobs = chat("match jobs for candidate " + cand);
        if (matching.getIfAvailable() == null) {
            assertThat(matches).isEqualTo("Matching is not available yet.");
            assertThat(jobs).isEqualTo("Matching is not available yet.");
        } else {
            assertThat(matches).startsWith("Here are the top candidate matches for job #" + job + ":");
            assertThat(jobs).startsWith("Here are the top job matches for candidate #" + cand + ":");
        }
        assertThat(chat("match candidates for job 999999999")).isEqualTo("Job #999999999 not found.");
    }

    @Test
    void createsAJobFromTheRestOfTheMessage() {
        String reply = chat("create a new job for a senior backend engineer in NYC with Python and PostgreSQL");
        assertThat(reply).startsWith("I've created a new job from your description:")
                .contains(": Senior Backend Engineer\n", "- Location: New York, NY",
                        "- Required skills: Python, PostgreSQL", "Extracted by: heuristic");
        assertThat(http.get("/api/v1/jobs").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void answersOpenRolesAndWhichJobsAreStillOpen() {
        assertThat(chat("open roles")).isEqualTo("You have no open jobs yet. Say 'create a job for ...' to add one.");
        long open = http.postJson("/api/v1/jobs", "{\"title\":\"Data Engineer\"}").json().path("id").asLong();
        http.postJson("/api/v1/jobs", "{\"title\":\"Old Role\",\"status\":\"closed\"}");
        for (String message : new String[] {"open roles", "Open roles?", "which jobs are still open?",
                "what positions are open"}) {
            assertThat(chat(message)).as(message).isEqualTo("Here are your open jobs (1 total):\n\n- Job #" + open
                    + ": Data Engineer [open]");
        }
    }

    @Test
    void createsAJobFromNewJobAndOpenARole() {
        assertThat(chat("new job: Senior Backend Engineer in NYC with Python"))
                .startsWith("I've created a new job from your description:")
                .contains(": Senior Backend Engineer\n", "- Location: New York, NY");
        assertThat(chat("open a role for a data scientist in Berlin"))
                .startsWith("I've created a new job from your description:").contains("Data Scientist");
        assertThat(http.get("/api/v1/jobs").json().path("total").asLong()).isEqualTo(2);
        assertThat(chat("new job")).startsWith("Tell me about the job");
        assertThat(http.get("/api/v1/jobs").json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void answersWhoIsCandidateN() {
        long cand = http.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        assertThat(chat("who is candidate #" + cand)).startsWith("Candidate #" + cand + ": Jane Doe\n")
                .contains("- Current role: Staff Engineer @ TechCorp");
        assertThat(chat("Who is candidate " + cand + "?")).startsWith("Candidate #" + cand + ": Jane Doe\n");
    }

    @Test
    void asksWhichOneWhenTheIdIsMissing() {
        assertThat(chat("summarize candidate")).isEqualTo("Which candidate? Say 'summarize candidate <id>'. You have"
                + " no candidates yet.");
        assertThat(chat("match candidates for job")).isEqualTo("Which job? Say 'match candidates for job <id>'. You"
                + " have no open jobs yet.");
        long cand = http.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        long job = http.postJson("/api/v1/jobs", SeedExamples.JOB).json().path("id").asLong();
        assertThat(chat("summarize candidate")).isEqualTo("Which candidate? Say 'summarize candidate <id>', e.g. one"
                + " of your candidates (1 total):\n\n- Candidate #" + cand + ": Jane Doe (Staff Engineer @ TechCorp)");
        assertThat(chat("match candidates for job")).isEqualTo("Which job? Say 'match candidates for job <id>', e.g."
                + " one of your open jobs (1 total):\n\n- Job #" + job + ": Senior Backend Engineer (New York, NY) [open]");
        assertThat(chat("match jobs for candidate")).startsWith("Which candidate? Say 'match jobs for candidate <id>'");
    }

    private String chat(String message) {
        var response = http.send(http.builder("/api/v1/agent/chat").timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(tools.jackson.databind.json.JsonMapper.builder()
                        .build().writeValueAsString(Map.of("conversation_id", "c1", "message", message,
                                "mode", "recruiter_assistant")))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("reply").asString();
    }
}
