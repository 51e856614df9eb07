package dev.keel.activities.pluto.briefs;

import dev.keel.activities.pluto.PlutoLlm;
import dev.keel.activities.pluto.PlutoPrompts;
import dev.keel.domain.pluto.briefs.Briefs;
import dev.keel.domain.pluto.briefs.InterviewBriefRepository;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.briefs.PrebriefRequest;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.pluto.briefs.BriefActivities;
import dev.keel.workflows.pluto.briefs.CandidateRef;
import dev.keel.workflows.pluto.briefs.PrebriefRequestRef;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component("plutoBriefActivities")
public class BriefActivitiesImpl implements BriefActivities {
    private final PlutoCandidateRepository candidates;
    private final PlutoRunRepository runs;
    private final InterviewBriefRepository briefs;
    private final PlutoLlm llm;

    public BriefActivitiesImpl(PlutoCandidateRepository candidates, PlutoRunRepository runs,
                               InterviewBriefRepository briefs, PlutoLlm llm) {
        this.candidates = candidates;
        this.runs = runs;
        this.briefs = briefs;
        this.llm = llm;
    }

    @Override
    public void generateQuestions(CandidateRef ref) {
        StoredPlutoCandidate candidate = candidate(ref);
        if (briefs.questions(ref.orgId(), candidate.id()).isPresent()) {
            return;
        }
        String user = PlutoPrompts.section("Job description", jobDescription(candidate))
                + PlutoPrompts.section("Candidate profile", candidate.profileText());
        briefs.saveQuestionsIfAbsent(ref.orgId(), candidate.id(), llm.ask(PlutoPrompts.QUESTIONS, user, Briefs::questions));
    }

    @Override
    public void generateCandidatePrebrief(CandidateRef ref) {
        StoredPlutoCandidate candidate = candidate(ref);
        if (briefs.candidatePrebrief(ref.orgId(), candidate.id()).isPresent()) {
            return;
        }
        String user = PlutoPrompts.section("Job description", jobDescription(candidate))
                + PlutoPrompts.section("Candidate resume", candidate.profileText());
        briefs.saveCandidatePrebriefIfAbsent(ref.orgId(), candidate.id(),
                llm.ask(PlutoPrompts.PREBRIEF, user, answer -> Briefs.prebrief(answer, PlutoLlm.now())));
    }

    @Override
    public void generateRoomPrebrief(PrebriefRequestRef ref) {
        PrebriefRequest request = briefs.prebriefRequest(ref.orgId(), ref.requestId()).orElseThrow(() ->
                ApplicationFailure.newNonRetryableFailure("No pre-brief request " + ref.requestId(),
                        FailureType.NOT_FOUND.type()));
        String user = PlutoPrompts.section("Job description", request.jobDescription())
                + PlutoPrompts.section("Candidate resume", request.resume())
                + PlutoPrompts.section("Company context", request.companyContext());
        briefs.saveRoomPrebrief(request,
                llm.ask(PlutoPrompts.PREBRIEF, user, answer -> Briefs.prebrief(answer, PlutoLlm.now())));
    }

    private StoredPlutoCandidate candidate(CandidateRef ref) {
        return uuid(ref.candidateId()).flatMap(id -> candidates.find(ref.orgId(), id)).orElseThrow(() ->
                ApplicationFailure.newNonRetryableFailure("No candidate " + ref.candidateId(),
                        FailureType.NOT_FOUND.type()));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String jobDescription(StoredPlutoCandidate candidate) {
        return runs.find(candidate.orgId(), candidate.runId()).map(PlutoRun::jobDescription).orElse(null);
    }
}
