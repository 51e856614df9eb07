package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.domain.recruiting.ApplicationRepository;
import dev.keel.domain.recruiting.CandidateRepository;
import dev.keel.domain.recruiting.JobRepository;
import dev.keel.domain.recruiting.MatchingService;
import dev.keel.domain.recruiting.PageQuery;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The intent router behind /agent/chat. Ids resolve only inside the caller's organization; unknown text gets help. */
@Service
public class RecruiterAgent {
    private static final Pattern CREATE = Pattern.compile("(?is)^\\s*(?:please\\s+)?(?:create|add|post|open)\\s+(?:a\\s+)?(?:new\\s+)?job(?:\\s+posting)?\\b[\\s:,-]*(?:for\\s+)?(.*)$");
    private static final Pattern MATCH_CANDIDATES = Pattern.compile("(?i)\\b(?:match(?:ing)?\\s+)?candidates\\s+(?:for|to)\\s+job\\s*#?(\\d{1,18})(?!\\d)");
    private static final Pattern MATCH_JOBS = Pattern.compile("(?i)\\b(?:match(?:ing)?\\s+)?jobs\\s+(?:for|to)\\s+candidate\\s*#?(\\d{1,18})(?!\\d)");
    private static final Pattern PIPELINE = Pattern.compile("(?i)\\b(?:applications|pipeline)\\s+(?:for|of)\\s+job\\s*#?(\\d{1,18})(?!\\d)");
    private static final Pattern SUMMARIZE = Pattern.compile("(?i)\\b(?:summari[sz]e|show|describe|tell me about)\\s+candidate\\s*#?(\\d{1,18})(?!\\d)");
    private static final Pattern LIST_JOBS = Pattern.compile("(?i)\\b(?:list|show|my|all)\\s+(open\\s+)?jobs\\b|^\\s*(open\\s+)?jobs\\s*$");
    private static final Pattern LIST_CANDIDATES = Pattern.compile("(?i)\\b(?:list|show|my|all)\\s+candidates\\b|^\\s*candidates\\s*$");

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
        Matcher m;
        if ((m = CREATE.matcher(message)).matches()) {
            String description = m.group(1).strip();
            return description.isEmpty() ? "Tell me about the job, e.g. 'create a job for a senior backend engineer in NYC'."
                    : intake.jobFromPrompt(caller, description).summary();
        }
        if ((m = MATCH_CANDIDATES.matcher(message)).find()) {
            long jobId = Long.parseLong(m.group(1));
            MatchingService service = matching.getIfAvailable();
            if (jobs.find(org, jobId).isEmpty()) {
                return "Job #" + jobId + " not found.";
            }
            return service == null ? "Matching is not available yet."
                    : ChatReplies.candidateMatches(jobId, service.candidatesForJob(org, jobId, 100));
        }
        if ((m = MATCH_JOBS.matcher(message)).find()) {
            long candidateId = Long.parseLong(m.group(1));
            MatchingService service = matching.getIfAvailable();
            if (candidates.find(org, candidateId).isEmpty()) {
                return "Candidate #" + candidateId + " not found.";
            }
            return service == null ? "Matching is not available yet."
                    : ChatReplies.jobMatches(candidateId, service.jobsForCandidate(org, candidateId, 100));
        }
        if ((m = PIPELINE.matcher(message)).find()) {
            return pipeline(org, Long.parseLong(m.group(1)));
        }
        if ((m = SUMMARIZE.matcher(message)).find()) {
            long id = Long.parseLong(m.group(1));
            return candidates.find(org, id).map(c -> CandidateSummary.of(CandidateOut.of(c),
                            applications.count(org, null, id)))
                    .orElse("Candidate #" + id + " not found.");
        }
        if ((m = LIST_JOBS.matcher(message)).find()) {
            boolean open = m.group(1) != null || m.group(2) != null
                    || message.toLowerCase(Locale.ROOT).contains("open jobs");
            return listJobs(org, open ? "open" : null);
        }
        if (LIST_CANDIDATES.matcher(message).find()) {
            long total = candidates.count(org, null);
            return total == 0 ? "You have no candidates yet. Upload a resume to add one."
                    : ChatReplies.list("Here are your candidates (" + total + " total):",
                    candidates.list(org, null, new PageQuery(0, ChatReplies.LIST_ITEMS)).stream()
                            .map(CandidateOut::of).toList(), total, ChatReplies::candidate);
        }
        return ChatReplies.HELP;
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
