package dev.keel.api.recruiting;

import static dev.keel.api.recruiting.JobsIT.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.recruiting.FakeOpenAiServer;
import dev.keel.activities.recruiting.Fixtures;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class IntakeIT extends KeelApiTest {
    private static final String SEED_PROMPT =
            "We need a Senior Backend Engineer in NYC with Python, FastAPI, and PostgreSQL experience...";
    private static final FakeOpenAiServer LLM = new FakeOpenAiServer();

    @Autowired
    TestChatModelSettings settings;
    HttpTestClient http;

    @BeforeEach
    void noProvider() {
        settings.use(null, null, null);
        http = http().bearer(TestUsers.register(http(), "intake").accessToken());
    }

    @AfterEach
    void reset() {
        settings.use(null, null, null);
    }

    @AfterAll
    static void stop() {
        LLM.close();
    }

    @Test
    void fromPromptWithoutLlmUsesTheHeuristicExtractor() {
        Response response = prompt(SEED_PROMPT);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("raw_prompt", "job", "summary");
        assertThat(body.path("raw_prompt").asString()).isEqualTo(SEED_PROMPT);
        JsonNode job = body.path("job");
        assertThat(fieldNames(job)).hasSize(16).startsWith("id", "org_id", "created_by_user_id", "title");
        assertThat(job.path("title").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(job.path("location").asString()).isEqualTo("New York, NY");
        assertThat(job.path("currency").asString()).isEqualTo("USD");
        assertThat(job.path("description").asString()).isEqualTo(SEED_PROMPT);
        assertThat(job.path("required_skills").toString()).isEqualTo("[\"Python\",\"FastAPI\",\"PostgreSQL\"]");
        assertThat(job.path("status").asString()).isEqualTo("open");
        assertThat(job.path("is_public").asBoolean()).isFalse();
        assertThat(body.path("summary").asString()).contains("Job #" + job.path("id").asLong())
                .contains("Extracted by: heuristic");
        assertThat(http.get("/api/v1/jobs/" + job.path("id").asLong()).json()).isEqualTo(job);
        JsonNode runs = http.get("/api/runs?kind=recruiting-job").json();
        assertThat(runs.path("total").asLong()).isEqualTo(1);
        assertThat(runs.path("items").get(0).path("status").asString()).isEqualTo("completed");
        assertThat(runs.path("items").get(0).path("workflow_id").asString()).startsWith("recruiting-job-");
    }

    @Test
    void fromPromptUsesTheConfiguredLlm() {
        settings.use(LLM.baseUrl(), "test-key", "gpt-4o-mini");
        LLM.answer("{\"title\":\"Staff Platform Engineer\",\"department\":\"Platform\",\"location\":\"Remote\","
                + "\"employment_type\":\"Full-time\",\"remote_option\":\"Remote\",\"salary_min\":180000,"
                + "\"salary_max\":220000,\"currency\":\"USD\",\"description\":\"Own our platform.\","
                + "\"required_skills\":[\"Go\",\"Kubernetes\"],\"nice_to_have_skills\":[\"Temporal\"]}");
        Response response = prompt("Staff platform engineer, remote, 180-220k, Go and Kubernetes");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode job = response.json().path("job");
        assertThat(job.path("title").asString()).isEqualTo("Staff Platform Engineer");
        assertThat(job.path("salary_max").asInt()).isEqualTo(220000);
        assertThat(job.path("nice_to_have_skills").toString()).isEqualTo("[\"Temporal\"]");
        assertThat(response.json().path("summary").asString()).contains("Extracted by: llm");
    }

    @Test
    void malformedLlmJsonIsRetriedThenFallsBackToHeuristic() {
        settings.use(LLM.baseUrl(), "test-key", "gpt-4o-mini");
        LLM.answer("I think the title is Senior Backend Engineer {oops");
        int before = LLM.requests().size();
        Response response = prompt(SEED_PROMPT);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(LLM.requests().size() - before).isEqualTo(3);
        assertThat(response.json().path("job").path("title").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(response.json().path("summary").asString()).contains("Extracted by: heuristic");
    }

    @Test
    void fromReqMatchesTheSeedResponseFieldByField() {
        Response response = Multipart.upload(http, "/api/v1/agent/jobs/from_req", "job_req", "job_description.txt",
                "text/plain", Fixtures.JOB_REQ.getBytes(StandardCharsets.UTF_8), "This is for our New York office.");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("filename", "job", "summary");
        assertThat(body.path("filename").asString()).isEqualTo("job_description.txt");
        JsonNode job = body.path("job");
        long id = job.path("id").asLong();
        assertThat(job.path("title").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(job.path("department").asString()).isEqualTo("Engineering");
        assertThat(job.path("location").asString()).isEqualTo("New York, NY");
        assertThat(job.path("employment_type").asString()).isEqualTo("Full-time");
        assertThat(job.path("remote_option").asString()).isEqualTo("Hybrid");
        assertThat(job.path("salary_min").asInt()).isEqualTo(150000);
        assertThat(job.path("salary_max").asInt()).isEqualTo(190000);
        assertThat(job.path("currency").asString()).isEqualTo("USD");
        assertThat(job.path("description").asString()).endsWith("Recruiter notes: This is for our New York office.");
        assertThat(job.path("required_skills").toString()).isEqualTo("[\"Python\",\"FastAPI\",\"PostgreSQL\"]");
        assertThat(job.path("nice_to_have_skills").toString()).isEqualTo("[\"Kubernetes\",\"AWS\"]");
        assertThat(job.path("status").asString()).isEqualTo("open");
        assertThat(job.path("is_public").asBoolean()).isFalse();
        assertThat(body.path("summary").asString()).isEqualTo("I've created a new job from the uploaded file"
                + " 'job_description.txt':\n\n- Job #" + id + ": Senior Backend Engineer\n- Location: New York, NY\n"
                + "- Employment type: Full-time\n- Remote option: Hybrid\n- Salary range: 150000–190000 USD\n"
                + "- Required skills: Python, FastAPI, PostgreSQL\n- Extracted by: heuristic\n\n"
                + "You can now say things like:\n- 'match candidates for job " + id + "'\n"
                + "- 'list jobs' to see it among your openings.");
    }

    @Test
    void fromReqReadsARealPdf() {
        Response response = Multipart.upload(http, "/api/v1/agent/jobs/from_req", "job_req", "req.pdf",
                "application/pdf", Fixtures.pdf(Fixtures.JOB_REQ), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("job").path("salary_min").asInt()).isEqualTo(150000);
    }

    @Test
    void fromResumeMatchesTheSeedResponseFieldByField() {
        Response response = Multipart.upload(http, "/api/v1/agent/candidates/from_resume", "resume",
                "jane_doe_resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Fixtures.docx(Fixtures.RESUME), "Strong Python + distributed systems background.");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("candidate", "summary");
        JsonNode c = body.path("candidate");
        long id = c.path("id").asLong();
        assertThat(fieldNames(c)).hasSize(12);
        assertThat(c.path("full_name").asString()).isEqualTo("Jane Doe");
        assertThat(c.path("headline").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(c.path("location").asString()).isEqualTo("San Francisco, CA");
        assertThat(c.path("experience_years").asInt()).isEqualTo(8);
        assertThat(c.path("current_title").asString()).isEqualTo("Staff Engineer");
        assertThat(c.path("current_company").asString()).isEqualTo("TechCorp");
        assertThat(c.path("linkedin_url").asString()).isEqualTo("https://linkedin.com/in/janedoe");
        assertThat(c.path("github_url").asString()).isEqualTo("https://github.com/janedoe");
        assertThat(c.path("website_url").isNull()).isTrue();
        assertThat(c.path("notes").asString())
                .endsWith("\n\nAdditional recruiter notes: Strong Python + distributed systems background.");
        assertThat(body.path("summary").asString()).isEqualTo("Created candidate #" + id + ": Jane Doe. Current title:"
                + " Staff Engineer. Current company: TechCorp. Location: San Francisco, CA. Headline: Senior Backend"
                + " Engineer. Extracted by: heuristic.");
    }

    @Test
    void rejectsBadUploadsWith413And415And422() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(upload("big.txt", "text/plain", big).status()).isEqualTo(413);
        Response png = upload("photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThat(png.status()).isEqualTo(415);
        assertThat(png.detail()).contains("PDF");
        assertThat(upload("empty.txt", "text/plain", new byte[0]).status()).isEqualTo(422);
        assertThat(upload("blank.txt", "text/plain", "  \n ".getBytes()).status()).isEqualTo(422);
        Response broken = upload("broken.pdf", "application/pdf", "%PDF-1.7 not really".getBytes());
        assertThat(broken.status()).as(broken.body()).isEqualTo(422);
        assertThat(broken.detail()).contains("PDF");
        assertThat(http.get("/api/v1/candidates").json().path("total").asLong()).isZero();
        assertThat(prompt(" ").status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/agent/jobs/from_prompt", "{\"prompt\": ").status()).isEqualTo(400);
        assertThat(http.postJson("/api/v1/agent/jobs/from_prompt", "{\"prompt\": 5}").status()).isEqualTo(422);
        assertThat(http().postJson("/api/v1/agent/jobs/from_prompt", Map.of("prompt", "x")).status()).isEqualTo(401);
    }

    private Response upload(String filename, String type, byte[] bytes) {
        return Multipart.upload(http, "/api/v1/agent/candidates/from_resume", "resume", filename, type, bytes, null);
    }

    private Response prompt(String prompt) {
        return http.send(http.builder("/api/v1/agent/jobs/from_prompt").timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"prompt\":" + tools.jackson.databind.json.JsonMapper.builder().build()
                                .writeValueAsString(prompt) + "}")));
    }
}
