package dev.keel.api.recruiting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chat message as one of the recruiter agent's commands (seed 000 section 6). A command that needs an id
 * but has none is recognised too ({@code id} null), so the agent can ask which one; anything else is HELP.
 */
final class AgentIntents {
    enum Kind { CREATE_JOB, MATCH_CANDIDATES, MATCH_JOBS, PIPELINE, SUMMARIZE, LIST_JOBS, LIST_OPEN_JOBS,
        LIST_CANDIDATES, HELP }

    /** What the message asks; {@code id} is the job or candidate number when given, {@code text} a job description. */
    record Intent(Kind kind, Long id, String text) {
    }

    private static final String JOB = "(?:job|role|position|opening|req)";
    private static final String JOBS = "(?:jobs|roles|positions|openings|reqs)";
    private static final String ID = "\\s*(?:#|no\\.?|number)?\\s*(\\d{1,18})(?!\\d)";
    private static final Pattern CREATE = Pattern.compile("(?is)^\\s*(?:please\\s+)?(?:(?:create|add|post|open)\\s+"
            + "(?:a\\s+|an\\s+)?(?:new\\s+)?|new\\s+)" + JOB + "(?:\\s+posting)?\\b[\\s:,-]*(?:for\\s+)?(.*)$");
    private static final Pattern MATCH_CANDIDATES = Pattern.compile("(?i)\\b(?:match(?:ing)?\\s+)?candidates\\s+"
            + "(?:for|to)\\s+(?:the\\s+)?" + JOB + "\\b(?:" + ID + ")?");
    private static final Pattern MATCH_CANDIDATES_BARE = Pattern.compile("(?i)\\bmatch(?:ing)?\\s+candidates\\b");
    private static final Pattern MATCH_JOBS = Pattern.compile("(?i)\\b(?:match(?:ing)?\\s+)?" + JOBS + "\\s+(?:for|to)"
            + "\\s+(?:the\\s+)?candidate\\b(?:" + ID + ")?");
    private static final Pattern MATCH_JOBS_BARE = Pattern.compile("(?i)\\bmatch(?:ing)?\\s+" + JOBS + "\\b");
    private static final Pattern PIPELINE = Pattern.compile("(?i)\\b(?:applications|applicants|pipeline)\\s+(?:for|of)"
            + "\\s+(?:the\\s+)?" + JOB + "\\b(?:" + ID + ")?");
    private static final Pattern SUMMARIZE = Pattern.compile("(?i)\\b(?:summari[sz]e|show|describe|tell me about|who\\s+is"
            + "|who's|details (?:of|for|on))\\s+(?:the\\s+|this\\s+)?candidate\\b(?:" + ID + ")?");
    private static final Pattern LIST_JOBS = Pattern.compile("(?i)\\b(?:list|show|see|view|my|all)\\s+(?:(?:the|my|all)\\s+)?"
            + "(?:(open|active)\\s+)?" + JOBS + "\\b|^\\s*(?:(open|active)\\s+)?" + JOBS + "\\s*[?.!]*\\s*$|\\b(?:which|what)\\s+"
            + JOBS + "\\b.*\\b(open|active)\\b|\\b(open|active)\\s+" + JOBS + "\\b");
    private static final Pattern LIST_CANDIDATES = Pattern.compile("(?i)\\b(?:list|show|see|view|my|all)\\s+"
            + "(?:(?:the|my|all)\\s+)?candidates\\b|^\\s*candidates\\s*[?.!]*\\s*$");

    private AgentIntents() {
    }

    static Intent of(String message) {
        Matcher m = CREATE.matcher(message);
        if (m.matches()) {
            return new Intent(Kind.CREATE_JOB, null, m.group(1).strip());
        }
        return withId(Kind.MATCH_CANDIDATES, MATCH_CANDIDATES, message)
                .or(() -> withId(Kind.MATCH_JOBS, MATCH_JOBS, message))
                .or(() -> withId(Kind.PIPELINE, PIPELINE, message))
                .or(() -> withId(Kind.SUMMARIZE, SUMMARIZE, message))
                .or(() -> bare(Kind.MATCH_CANDIDATES, MATCH_CANDIDATES_BARE, message))
                .or(() -> bare(Kind.MATCH_JOBS, MATCH_JOBS_BARE, message))
                .or(() -> listJobs(message))
                .or(() -> bare(Kind.LIST_CANDIDATES, LIST_CANDIDATES, message))
                .orElse(new Intent(Kind.HELP, null, null));
    }

    private static Optional<Intent> withId(Kind kind, Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? Optional.of(new Intent(kind, m.group(1) == null ? null : Long.parseLong(m.group(1)), null))
                : Optional.empty();
    }

    private static Optional<Intent> bare(Kind kind, Pattern pattern, String message) {
        return pattern.matcher(message).find() ? Optional.of(new Intent(kind, null, null)) : Optional.empty();
    }

    private static Optional<Intent> listJobs(String message) {
        Matcher m = LIST_JOBS.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean open = m.group(1) != null || m.group(2) != null || m.group(3) != null || m.group(4) != null
                || message.toLowerCase(Locale.ROOT).contains("open jobs");
        return Optional.of(new Intent(open ? Kind.LIST_OPEN_JOBS : Kind.LIST_JOBS, null, null));
    }
}
