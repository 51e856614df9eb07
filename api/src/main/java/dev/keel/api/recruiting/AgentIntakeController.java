package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Job and candidate intake from a prompt, a job req or a resume, each run as a Temporal workflow (seed 7, 8). */
@RestController
@Tag(name = "recruiting")
public class AgentIntakeController {
    private final RecruitingIntake intake;

    public AgentIntakeController(RecruitingIntake intake) {
        this.intake = intake;
    }

    @Schema(name = "FromPromptRequest", example = """
            {"prompt": "We need a Senior Backend Engineer in NYC with Python, FastAPI and PostgreSQL experience"}""")
    public record FromPromptRequest(@NotBlank @JsonDeserialize(using = StrictString.class) String prompt) {
    }

    @Schema(name = "JobReqUpload", description = "multipart/form-data fields of from_req")
    record JobReqUpload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
            description = "The job description: PDF, DOCX or UTF-8 text, at most 5 MB") String jobReq,
                        @Schema(description = "Recruiter notes, appended before extraction") String notes) {
    }

    @Schema(name = "ResumeUpload", description = "multipart/form-data fields of from_resume")
    record ResumeUpload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
            description = "The resume: PDF, DOCX or UTF-8 text, at most 5 MB") String resume,
                        @Schema(description = "Recruiter notes, appended to the candidate's notes") String notes) {
    }

    @Schema(name = "FromPromptOut")
    public record FromPromptOut(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String rawPrompt,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) JobOut job,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary) {
    }

    @Schema(name = "FromReqOut")
    public record FromReqOut(String filename, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) JobOut job,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary) {
    }

    @Schema(name = "FromResumeOut")
    public record FromResumeOut(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) CandidateOut candidate,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary) {
    }

    @PostMapping("/api/v1/agent/jobs/from_prompt")
    @Operation(description = "Creates an open, non-public job from free text (LLM when KEEL_LLM_* is configured,"
            + " else the heuristic extractor). Adds summary to the seed's shape; it names the extractor.")
    public FromPromptOut fromPrompt(Caller caller, @Valid @RequestBody FromPromptRequest body) {
        var created = intake.jobFromPrompt(caller, body.prompt());
        return new FromPromptOut(body.prompt(), created.record(), created.summary());
    }

    @PostMapping(value = "/api/v1/agent/jobs/from_req", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(description = "job_req: PDF, DOCX or UTF-8 text, at most 5 MB (413), other types 415, no text 422;"
            + " notes are appended as 'Recruiter notes: ...' before extraction.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = JobReqUpload.class)))
    public FromReqOut fromReq(Caller caller,
                              @Parameter(hidden = true) @RequestParam(name = "job_req", required = false)
                              MultipartFile file,
                              @Parameter(hidden = true) @RequestParam(required = false) String notes) {
        var created = intake.jobFromFile(caller, file, notes);
        return new FromReqOut(file.getOriginalFilename(), created.record(), created.summary());
    }

    @PostMapping(value = "/api/v1/agent/candidates/from_resume", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(description = "resume: PDF, DOCX or UTF-8 text, at most 5 MB (413), other types 415, no text 422;"
            + " notes are appended to the candidate's notes as 'Additional recruiter notes: ...'.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = ResumeUpload.class)))
    public FromResumeOut fromResume(Caller caller,
                                    @Parameter(hidden = true) @RequestParam(required = false) MultipartFile resume,
                                    @Parameter(hidden = true) @RequestParam(required = false) String notes) {
        var created = intake.candidateFromResume(caller, resume, notes);
        return new FromResumeOut(created.record(), created.summary());
    }
}
