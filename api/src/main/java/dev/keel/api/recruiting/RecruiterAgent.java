package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.recruiting.AgentIntents.Intent;
import dev.keel.domain.recruiting.ApplicationRepository;
import dev.keel.domain.recruiting.CandidateRepository;
import dev.keel.domain.recruiting.JobRepository;
import dev.keel.domain.recruiting.MatchingService;
import dev.keel.domain.recruiting.PageQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The recruiter agent behind /agent/chat ({@link AgentIntents} reads the message). Ids resolve only inside the
 * caller's organization; a command without its id gets the question "which one?" with the choices; unknown text
 * gets help.
 */
@Service
public class RecruiterAgent {
    private final JobRepository jobs;
    private final CandidateRepository candidates;
    private final ApplicationRepository applications;
    private final ObjectProvider<MatchingService> matching;
    private final RecruitingIntake intake;

    public RecruiterAgent(JobRepository jobs, CandidateRepository candidates, ApplicationRepository applications,
                          ObjectProvider<MatchingService> matching, RecruitingIntake intake) {
        this.jobs = jobs;
        this.candidates = candidates;
        this.applications = applications;
        this.matching = matching;
        this.intake = intake;
    }

    public String reply(Caller caller, String message) {
        long org = caller.orgId();
        Intent intent = AgentIntents.of(message);
        Long id = intent.id();
        return switch (intent.kind()) {
            case CREATE_JOB -> intent.text().isEmpty()
                    ? "Tell me about the job, e.g. 'new job: senior backend engineer in NYC, Python, PostgreSQL'."
                    : intake.jobFromPrompt(caller, intent.text()).summary();
            case MATCH_CANDIDATES -> id == null ? whichJob(org, "match candidates for job") : matchCandidates(org, id);
            case MATCH_JOBS -> id == null ? whichCandidate(org, "match jobs for candidate") : matchJobs(org, id);
            case PIPELINE -> id == null ? whichJob(org, "pipeline for job") : pipeline(org, id);
            case SUMMARIZE -> id == null ? whichCandidate(org, "summarize candidate") : summarize(org, id);
            case LIST_JOBS -> listJobs(org, null);
            case LIST_OPEN_JOBS -> listJobs(org, "open");
            case LIST_CANDIDATES -> listCandidates(org);
            case HELP -> ChatReplies.HELP;
        };
    }

    private String matchCandidates(long org, long jobId) {
        MatchingService service = matching.getIfAvailable();
        if (jobs.find(org, jobId).isEmpty()) {
            return "Job #" + jobId + " not found.";
        }
        return service == null ? "Matching is not available yet."
                : ChatReplies.candidateMatches(jobId, service.candidatesForJob(org, jobId, 100));
    }

    private String matchJobs(long org, long candidateId) {
        MatchingService service = matching.getIfAvailable();
        if (candidates.find(org, candidateId).isEmpty()) {
            return "Candidate #" + candidateId + " not found.";
        }
        return service == null ? "Matching is not available yet."
                : ChatReplies.jobMatches(candidateId, service.jobsForCandidate(org, candidateId, 100));
    }

    private String summarize(long org, long id) {
        return candidates.find(org, id).map(c -> CandidateSummary.of(CandidateOut.of(c),
                        applications.count(org, null, id)))
                .orElse("Candidate #" + id + " not found.");
    }

    private String listCandidates(long org) {
        long total = candidates.count(org, null);
        return total == 0 ? "You have no candidates yet. Upload a resume to add one."
                : ChatReplies.list("Here are your candidates (" + total + " total):", candidates.list(org, null,
                        new PageQuery(0, ChatReplies.LIST_ITEMS)).stream().map(CandidateOut::of).toList(),
                total, ChatReplies::candidate);
    }

    /** The question for a job command sent without its number, with the open jobs to choose from. */
    private String whichJob(long org, String command) {
        long total = jobs.count(org, "open", null);
        String question = "Which job? Say '" + command + " <id>'";
        return total == 0 ? question + ". You have no open jobs yet." : ChatReplies.list(question + ", e.g. one of your"
                        + " open jobs (" + total + " total):", jobs.list(org, "open", null,
                        new PageQuery(0, ChatReplies.LIST_ITEMS)).stream().map(JobOut::of).toList(),
                total, ChatReplies::job);
    }

    /** The question for a candidate command sent without its number, with candidates to choose from. */
    private String whichCandidate(long org, String command) {
        long total = candidates.count(org, null);
        String question = "Which candidate? Say '" + command + " <id>'";
        return total == 0 ? question + ". You have no candidates yet." : ChatReplies.list(question + ", e.g. one of"
                        + " your candidates (" + total + " total):", candidates.list(org, null,
                        new PageQuery(0, ChatReplies.LIST_ITEMS)).stream().map(CandidateOut::of).toList(),
                total, ChatReplies::candidate);
    }

    private String listJobs(long org, String status) {
        long total = jobs.count(org, status, null);
        String what = status == null ? "jobs" : "open jobs";
        if (total == 0) {
            return "You have no " + what + " yet. Say 'create a job for ...' to add one.";
        }
        return ChatReplies.list("Here are your " + what + " (" + total + " total):",
                jobs.list(org, status, null, new PageQuery(0, ChatReplies.LIST_ITEMS)).stream().map(JobOut::of).toList(),
                total, ChatReplies::job);
    }

    private String pipeline(long org, long jobId) {
        var job = jobs.find(org, jobId);
        if (job.isEmpty()) {
            return "Job #" + jobId + " not found.";
        }
        long total = applications.count(org, jobId, null);
        String header = "Pipeline for job #" + jobId + " (" + job.get().fields().title() + "), " + total
                + " application" + (total == 1 ? "" : "s") + ":";
        if (total == 0) {
            return header + "\n\nNo applications yet. Try 'match candidates for job " + jobId + "'.";
        }
        return ChatReplies.list(header, applications.list(org, jobId, null, new PageQuery(0, ChatReplies.LIST_ITEMS)),
                total, a -> "Application #" + a.id() + ": candidate #" + a.candidateId() + " "
                        + candidates.find(org, a.candidateId()).map(c -> c.fields().fullName()).orElse("?")
                        + " — " + a.fields().status()
                        + (a.fields().fitScore() == null ? "" : ", fit " + a.fields().fitScore()));
    }
}
