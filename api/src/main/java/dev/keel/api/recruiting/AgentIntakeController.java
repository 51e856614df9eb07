package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** Job and candidate intake from a prompt, a job req or a resume, each run as a Temporal workflow (seed 7, 8). */
@RestController
public class AgentIntakeController {
    private final RecruitingIntake intake;

    public AgentIntakeController(RecruitingIntake intake) {
        this.intake = intake;
    }

    public record FromPromptOut(String rawPrompt, JobOut job, String summary) {
    }

    public record FromReqOut(String filename, JobOut job, String summary) {
    }

    public record FromResumeOut(CandidateOut candidate, String summary) {
    }

    @PostMapping("/api/v1/agent/jobs/from_prompt")
    @Operation(description = "Creates an open, non-public job from free text (LLM when KEEL_LLM_* is configured,"
            + " else the heuristic extractor). Adds summary to the seed's shape; it names the extractor.")
    public FromPromptOut fromPrompt(Caller caller, @RequestBody JsonNode body) {
        String prompt = new JsonBody(body).text("prompt", null);
        if (prompt == null || prompt.isBlank()) {
            throw ApiException.unprocessable("prompt: must not be blank");
        }
        var created = intake.jobFromPrompt(caller, prompt);
        return new FromPromptOut(prompt, created.record(), created.summary());
    }

    @PostMapping(value = "/api/v1/agent/jobs/from_req", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(description = "job_req: PDF, DOCX or UTF-8 text, at most 5 MB (413), other types 415, no text 422;"
            + " notes are appended as 'Recruiter notes: ...' before extraction.")
    public FromReqOut fromReq(Caller caller, @RequestParam(name = "job_req", required = false) MultipartFile file,
                              @RequestParam(required = false) String notes) {
        var created = intake.jobFromFile(caller, file, notes);
        return new FromReqOut(file.getOriginalFilename(), created.record(), created.summary());
    }

    @PostMapping(value = "/api/v1/agent/candidates/from_resume", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(description = "resume: PDF, DOCX or UTF-8 text, at most 5 MB (413), other types 415, no text 422;"
            + " notes are appended to the candidate's notes as 'Additional recruiter notes: ...'.")
    public FromResumeOut fromResume(Caller caller, @RequestParam(required = false) MultipartFile resume,
                                    @RequestParam(required = false) String notes) {
        var created = intake.candidateFromResume(caller, resume, notes);
        return new FromResumeOut(created.record(), created.summary());
    }
}
