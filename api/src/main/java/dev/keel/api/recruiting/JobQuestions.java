package dev.keel.api.recruiting;

import java.util.List;
import java.util.Optional;

/**
 * The chat router's guided question flows, one per kind of user of the original front-end ({@code user_type}):
 * a job poster describes the role, a job seeker what they look for. Asked one at a time, in this order.
 */
final class JobQuestions {
    record Question(String id, String text) {
    }

    record Tree(String id, String title, List<Question> questions) {
        Question first() {
            return questions.get(0);
        }

        Optional<Question> find(String questionId) {
            return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
        }

        Optional<Question> after(Question question) {
            int i = questions.indexOf(question);
            return i + 1 < questions.size() ? Optional.of(questions.get(i + 1)) : Optional.empty();
        }
    }

    static final Tree JOB_POSTER = new Tree("job_poster_v1", "job questions", List.of(
            new Question("jp_role", "What is the job title, and what will this person mainly work on?"),
            new Question("jp_must_have", "Which skills are must-haves? (e.g. python, PostgreSQL)"),
            new Question("jp_nice_to_have", "Which skills are nice to have?"),
            new Question("jp_location", "Where is the role based, and is it on-site, hybrid or remote?"),
            new Question("jp_seniority", "How many years of experience do you expect?"),
            new Question("jp_salary", "What salary range can you offer, and in which currency?"),
            new Question("jp_start", "When should the new hire start?")));

    static final Tree JOB_SEEKER = new Tree("job_seeker_v1", "job-search questions", List.of(
            new Question("js_role", "What kind of role are you looking for?"),
            new Question("js_skills", "Which skills do you bring? (e.g. python, PostgreSQL)"),
            new Question("js_location", "Where do you want to work, and would you work remotely?"),
            new Question("js_salary", "What salary do you expect, and in which currency?"),
            new Question("js_start", "When could you start?")));

    private JobQuestions() {
    }

    /** The job seeker's flow for {@code job_seeker}, the job poster's for anything else (the front-end's default). */
    static Tree forUserType(String userType) {
        return "job_seeker".equals(userType) ? JOB_SEEKER : JOB_POSTER;
    }
}
