package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.domain.pluto.PlutoRun;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** POST /api/pluto/upload: checks and stores the CSV, starts the pipeline, answers at once. */
@RestController
public class PlutoUploadController {
    private final PlutoUploads uploads;
    private final PlutoPipelines pipelines;

    public PlutoUploadController(PlutoUploads uploads, PlutoPipelines pipelines) {
        this.uploads = uploads;
        this.pipelines = pipelines;
    }

    @PostMapping(path = "/api/pluto/upload", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.OK)
    public Map<String, Object> upload(Caller caller, @RequestPart(name = "file", required = false) MultipartFile file,
                                      @RequestParam(name = "job_description", required = false) String jobDescription,
                                      @RequestParam(name = "skip_ai_scoring", required = false) String skipAi) {
        boolean skip = PlutoParams.bool("skip_ai_scoring", skipAi);
        PlutoUploads.Checked checked = uploads.check(file, jobDescription, skip);
        PlutoRun run = pipelines.start(caller, file.getOriginalFilename(), jobDescription, skip, checked);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("message", "Processing started");
        out.put("total_candidates", run.candidatesTotal());
        out.put("run_id", run.id().toString());
        out.put("skipped_rows", checked.scan().problems().stream().filter(p -> p.skipped())
                .map(p -> p.rowNumber()).distinct().count());
        out.put("row_problems", checked.scan().problems().size());
        return out;
    }
}
