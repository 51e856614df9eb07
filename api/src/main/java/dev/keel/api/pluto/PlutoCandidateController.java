package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.PlutoCandidateRepository;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/pluto/candidates/{id}: the full candidate, scoped to the caller's organization. */
@RestController
public class PlutoCandidateController {
    private final PlutoCandidateRepository candidates;

    public PlutoCandidateController(PlutoCandidateRepository candidates) {
        this.candidates = candidates;
    }

    @GetMapping("/api/pluto/candidates/{candidateId}")
    public Map<String, Object> get(Caller caller, @PathVariable String candidateId) {
        return PlutoPipelines.parse(candidateId).flatMap(id -> candidates.find(caller.orgId(), id))
                .map(PlutoCandidateViews::detail)
                .orElseThrow(() -> ApiException.notFound("Candidate not found"));
    }
}
