package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The caller's Pluto candidate by id; another organization's candidate or a malformed id is a 404. */
@Component
public class CandidateLookup {
    private final PlutoCandidateRepository candidates;

    public CandidateLookup(PlutoCandidateRepository candidates) {
        this.candidates = candidates;
    }

    public StoredPlutoCandidate require(Caller caller, String candidateId) {
        UUID id;
        try {
            id = UUID.fromString(candidateId);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        return candidates.find(caller.orgId(), id).orElseThrow(CandidateLookup::notFound);
    }

    private static ApiException notFound() {
        return ApiException.notFound("Candidate not found");
    }
}
