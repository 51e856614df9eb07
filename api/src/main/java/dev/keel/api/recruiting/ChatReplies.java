package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.CandidateMatch;
import dev.keel.domain.recruiting.JobMatch;
import java.util.List;
import java.util.function.Function;

/** Reply texts of the recruiter agent, in the seed's format. Lists show 10 items, matches 15. */
final class ChatReplies {
    static final int LIST_ITEMS = 10;
    static final int MATCH_ITEMS = 15;
    static final String HELP = """
            I can help with your jobs, candidates and pipelines. Try:
            - 'create a new job for a senior backend engineer in NYC ...' / 'new job: ...' / 'open a role for ...'
            - 'list jobs' / 'show open jobs' / 'which jobs are still open?'
            - 'list candidates'
            - 'summarize candidate 3' / 'who is candidate #3'
            - 'match candidates for job 5'
            - 'match jobs for candidate 7'
            - 'applications for job 5' / 'pipeline for job 5'""";

    private ChatReplies() {
    }

    static <T> String list(String header, List<T> items, long total, Function<T, String> line) {
        StringBuilder reply = new StringBuilder(header).append("\n\n");
        items.stream().limit(LIST_ITEMS).forEach(item -> reply.append("- ").append(line.apply(item)).append('\n'));
        long more = total - Math.min(items.size(), LIST_ITEMS);
        if (more > 0) {
            reply.append("...and ").append(more).append(" more\n");
        }
        return reply.toString().stripTrailing();
    }

    static String job(JobOut j) {
        return "Job #" + j.id() + ": " + j.title() + (j.location() == null ? "" : " (" + j.location() + ")")
                + " [" + j.status() + "]";
    }

    static String candidate(CandidateOut c) {
        return "Candidate #" + c.id() + ": " + c.fullName() + role(c.currentTitle(), c.currentCompany());
    }

    static String candidateMatches(long jobId, List<CandidateMatch> matches) {
        StringBuilder reply = new StringBuilder("Here are the top candidate matches for job #" + jobId + ":\n\n");
        matches.stream().limit(MATCH_ITEMS).forEach(m -> reply.append("- Candidate #").append(m.candidateId())
                .append(": ").append(m.fullName()).append(role(m.currentTitle(), m.currentCompany()))
                .append(", score=").append(m.score()).append(", strategy=").append(m.strategy())
                .append(". Why: ").append(m.reason()).append('\n'));
        more(reply, matches.size());
        return reply.append("\nYou can now say things like:\n- 'show applications for job ").append(jobId)
                .append("'\n- 'list candidates' to see everyone.").toString();
    }

    static String jobMatches(long candidateId, List<JobMatch> matches) {
        StringBuilder reply = new StringBuilder("Here are the top job matches for candidate #" + candidateId + ":\n\n");
        matches.stream().limit(MATCH_ITEMS).forEach(m -> reply.append("- Job #").append(m.jobId()).append(": ")
                .append(m.title()).append(m.location() == null ? "" : " (" + m.location() + ")")
                .append(" [").append(m.status()).append("], score=").append(m.score())
                .append(", strategy=").append(m.strategy()).append(". Why: ").append(m.reason()).append('\n'));
        more(reply, matches.size());
        return reply.append("\nYou can now say things like:\n- 'summarize candidate ").append(candidateId)
                .append("'\n- 'list jobs' to see all openings.").toString();
    }

    private static void more(StringBuilder reply, int size) {
        if (size > MATCH_ITEMS) {
            reply.append("...and ").append(size - MATCH_ITEMS).append(" more\n");
        }
    }

    static String role(String title, String company) {
        if (title == null && company == null) {
            return "";
        }
        if (title != null && company != null) {
            return " (" + title + " @ " + company + ")";
        }
        return " (" + (title != null ? title : company) + ")";
    }
}
