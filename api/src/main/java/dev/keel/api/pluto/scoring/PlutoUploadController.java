package dev.keel.api.pluto.scoring;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.pluto.scoring.PlutoRunViews.PlutoUploadResponse;
import dev.keel.domain.pluto.scoring.PlutoRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** POST /api/pluto/upload: checks and stores the CSV, starts the pipeline, answers at once. */
@RestController
@Tag(name = "pluto")
public class PlutoUploadController {
    private final PlutoUploads uploads;
    private final PlutoPipelines pipelines;

    public PlutoUploadController(PlutoUploads uploads, PlutoPipelines pipelines) {
        this.uploads = uploads;
        this.pipelines = pipelines;
    }

    /**
     * The multipart form, for the document only: Spring binds the parts to the handler's parameters (the two text
     * fields may also come as query parameters).
     */
    @Schema(name = "PlutoUploadForm", example = """
            {"job_description": "Enterprise AE selling to banks", "skip_ai_scoring": "false"}""")
    record UploadForm(
            @Schema(name = "file", type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The candidates CSV (UTF-8, header row with at least name; at most 10,000 rows)")
            String file,
            @Schema(name = "job_description", description = "The role the candidates are scored for")
            String jobDescription,
            @Schema(name = "skip_ai_scoring", type = "string", allowableValues = {"true", "false"},
                    description = "true: stop after extraction and algo scoring until POST /api/pluto/confirm"
                            + " (also 1/0, yes/no, on/off)")
            String skipAiScoring) {
    }

    @PostMapping(path = "/api/pluto/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.OK)
    @Operation(description = "Checks and stores the CSV and starts the scoring pipeline; answers at once.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = UploadForm.class))))
    @ApiError(status = 409, description = "The organization already has an unfinished run")
    @ApiError(status = 413, description = "The file is larger than PLUTO_MAX_UPLOAD_BYTES")
    @ApiError(status = 422, description = "No file, an empty or non-UTF-8 file, no name column, a"
            + " malformed CSV, no candidate rows or too many rows")
    public PlutoUploadResponse upload(Caller caller,
                                      @Parameter(hidden = true)
                                      @RequestPart(name = "file", required = false) MultipartFile file,
                                      @Parameter(hidden = true)
                                      @RequestParam(name = "job_description", required = false) String jobDescription,
                                      @Parameter(hidden = true)
                                      @RequestParam(name = "skip_ai_scoring", required = false) String skipAi) {
        boolean skip = PlutoParams.bool("skip_ai_scoring", skipAi);
        PlutoUploads.Checked checked = uploads.check(file, jobDescription, skip);
        PlutoRun run = pipelines.start(caller, file.getOriginalFilename(), jobDescription, skip, checked);
        return new PlutoUploadResponse("Processing started", run.candidatesTotal(), run.id().toString(),
                checked.scan().problems().stream().filter(p -> p.skipped()).map(p -> p.rowNumber()).distinct().count(),
                checked.scan().problems().size());
    }
}
