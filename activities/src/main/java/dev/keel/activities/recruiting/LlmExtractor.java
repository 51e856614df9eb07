package dev.keel.activities.recruiting;

import dev.keel.workflows.recruiting.CandidateDraft;
import dev.keel.workflows.recruiting.JobDraft;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Structured extraction through the LLM; an answer that is not the expected JSON object is a retryable failure. */
@Component
public class LlmExtractor {
    /** Failure type of malformed model output: not in FailureType, so Temporal retries it. */
    public static final String MALFORMED = dev.keel.activities.llm.LlmFailures.MALFORMED;
    static final int MAX_INPUT_CHARS = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JOB_SYSTEM = """
            You turn job descriptions into strict JSON. Answer with one JSON object and nothing else, with exactly
            these keys: title, department, location, employment_type, remote_option, salary_min, salary_max,
            currency, description, required_skills, nice_to_have_skills. Salaries are yearly integers, currency an
            ISO code, skills arrays of strings, remote_option one of Remote, Hybrid, On-site. Use null when unknown.""";
    private static final String RESUME_SYSTEM = """
            You turn resumes into strict JSON. Answer with one JSON object and nothing else, with exactly these
            keys: full_name, headline, location, experience_years, current_title, current_company, linkedin_url,
            github_url, website_url, notes. experience_years is an integer; notes is a short summary of skills and
            experience. Use null when unknown.""";

    private final LlmJsonClient client;

    public LlmExtractor(LlmJsonClient client) {
        this.client = client;
    }

    public boolean available() {
        return client.configured();
    }

    public JobDraft job(String text) {
        JsonNode o = parse(client.complete(JOB_SYSTEM, truncate(text)));
        String title = str(o, "title");
        if (title == null || title.isBlank()) {
            throw ApplicationFailure.newFailure("LLM answer has no title", MALFORMED);
        }
        String description = str(o, "description");
        return Drafts.job(title, str(o, "department"), str(o, "location"), str(o, "employment_type"),
                str(o, "remote_option"), integer(o, "salary_min"), integer(o, "salary_max"), str(o, "currency"),
                description != null ? description : text, list(o, "required_skills"), list(o, "nice_to_have_skills"),
                "llm");
    }

    public CandidateDraft candidate(String text) {
        JsonNode o = parse(client.complete(RESUME_SYSTEM, truncate(text)));
        String name = str(o, "full_name");
        if (name == null || name.isBlank()) {
            throw ApplicationFailure.newFailure("LLM answer has no full_name", MALFORMED);
        }
        return Drafts.candidate(name, str(o, "headline"), str(o, "location"), integer(o, "experience_years"),
                str(o, "current_title"), str(o, "current_company"), str(o, "linkedin_url"), str(o, "github_url"),
                str(o, "website_url"), str(o, "notes"), "llm");
    }

    /** The answer as a JSON object (a ```json fence is removed); otherwise a retryable MALFORMED failure. */
    public static JsonNode parse(String answer) {
        String s = answer.strip();
        if (s.startsWith("```")) {
            s = s.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        try {
            JsonNode node = JSON.readTree(s);
            if (node == null || !node.isObject()) {
                throw ApplicationFailure.newFailure("LLM answer is not a JSON object", MALFORMED);
            }
            return node;
        } catch (JacksonException e) {
            throw ApplicationFailure.newFailure("LLM answer is not valid JSON: " + e.getOriginalMessage(), MALFORMED);
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_INPUT_CHARS ? text : text.substring(0, MAX_INPUT_CHARS);
    }

    private static String str(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() || n.isContainer() ? null : n.asString();
    }

    private static Integer integer(JsonNode o, String key) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.canConvertToInt() ? n.intValue() : null;
        }
        String digits = n.asString().replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 9 ? null : Integer.parseInt(digits);
    }

    private static List<String> list(JsonNode o, String key) {
        List<String> values = new ArrayList<>();
        JsonNode n = o.get(key);
        if (n != null && n.isArray()) {
            n.forEach(item -> {
                if (item.isString()) {
                    values.add(item.asString());
                }
            });
        } else if (n != null && n.isString()) {
            for (String part : n.asString().split(",")) {
                values.add(part);
            }
        }
        return values;
    }
}
