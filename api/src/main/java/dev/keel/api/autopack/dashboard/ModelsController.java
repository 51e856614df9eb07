package dev.keel.api.autopack.dashboard;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.dashboard.ModelMapping;
import dev.keel.domain.autopack.dashboard.ModelOverrides;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Model mappings of the caller's organization: the original's 30 defaults (role x category x complexity) with
 * its global overrides applied, then its run overrides. Overrides are stored (the original's was a stub) and
 * decide the model that build-run usage is recorded under.
 */
@RestController
@Tag(name = "autopack")
public class ModelsController {
    private final ModelOverrides overrides;
    private final BuildRuns runs;

    public ModelsController(ModelOverrides overrides, BuildRuns runs) {
        this.overrides = overrides;
        this.runs = runs;
    }

    @GetMapping("/dashboard/models")
    public List<ModelBodies.ModelMappingView> models(Caller caller) {
        return overrides.effective(caller.orgId()).stream().map(m -> new ModelBodies.ModelMappingView(m.role(),
                m.category(), m.complexity(), m.model(), m.scope(), m.runId())).toList();
    }

    @PostMapping("/dashboard/models/override")
    @ApiError(status = 404, description = "scope run: no such run in the caller's organization")
    @ApiError(status = 422, description = "Invalid role, category, complexity, model or scope; run_id missing")
    public ModelBodies.OverrideConfirmation override(Caller caller,
                                                     @Valid @RequestBody ModelBodies.ModelOverrideRequest body) {
        boolean run = body.scope().equals("run");
        if (run && (body.runId() == null || body.runId().isBlank())) {
            throw ApiException.unprocessable("run_id is required for scope run");
        }
        if (run && !runs.exists(caller.orgId(), body.runId())) {
            throw ApiException.notFound("Run " + body.runId() + " not found");
        }
        String runId = run ? body.runId() : null;
        overrides.put(caller.orgId(), new ModelMapping(body.role(), body.category(), body.complexity(), body.model(),
                body.scope(), runId));
        return new ModelBodies.OverrideConfirmation(run ? "Run-scoped model mapping updated"
                : "Global model mapping updated", body.scope(), body.role(), body.category(), body.complexity(),
                body.model(), runId);
    }
}
