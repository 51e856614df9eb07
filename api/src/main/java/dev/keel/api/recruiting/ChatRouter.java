package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.recruiting.JobQuestions.Question;
import dev.keel.api.recruiting.JobQuestions.Tree;
import dev.keel.domain.recruiting.ChatAnswerRepository;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The chat router of the original front-end: one message in, one reply and the question-flow state out. The
 * front-end carries the state ({@code qna_mode}, {@code current_question_id}); answers are saved per user. Routes:
 * {@code qna} (the guided question flow), {@code scheduling}, {@code agent} (everything else: the same intent router
 * as /agent/chat, whose job creation runs the intake workflow and its LLM).
 */
@Service
public class ChatRouter {
    static final String AGENT = "agent";
    static final String QNA = "qna";
    static final String SCHEDULING = "scheduling";

    private static final Pattern START = Pattern.compile("(?i)^\\s*(?:please\\s+)?(?:start|begin|restart)\\s+"
            + "(?:the\\s+)?(?:job(?:[\\s-]+fit)?|job[\\s-]+search)?\\s*questions?\\b.*");
    private static final Pattern STOP = Pattern.compile("(?i)^\\s*(?:stop|cancel|quit|exit|end)(?:\\s+"
            + "(?:the\\s+)?(?:job\\s+)?questions?)?\\s*[.!]*\\s*$");

    /** One routing result: the reply and the question-flow state to hand back. */
    public record Routed(String reply, boolean qnaMode, String currentQuestionId, String qnaTreeId, String route) {
    }

    private final RecruiterAgent agent;
    private final ChatAnswerRepository answers;
    private final SchedulingReplies scheduling;

    public ChatRouter(RecruiterAgent agent, ChatAnswerRepository answers, SchedulingReplies scheduling) {
        this.agent = agent;
        this.answers = answers;
        this.scheduling = scheduling;
    }

    public Routed route(Caller caller, String message, String userType, boolean qnaMode, String questionId) {
        Tree tree = JobQuestions.forUserType(userType);
        boolean start = START.matcher(message).matches();
        boolean asksQuestions = qnaMode || start;
        if (asksQuestions && caller.userId() == null) {
            throw ApiException.forbidden("The question flow saves answers per user: use a user's token, not an API key");
        }
        if (qnaMode && questionId != null && !start) {
            Question question = tree.find(questionId).orElseThrow(() -> ApiException.unprocessable(
                    "current_question_id: '" + questionId + "' is not a question of the " + tree.title()
                            + "; send qna_mode false (or say 'start job questions') to start again"));
            return answer(caller, tree, question, message.strip());
        }
        if (asksQuestions) {
            Question first = tree.first();
            return new Routed("Let's go through some " + tree.title() + ", one at a time (say 'stop' to leave).\n\n"
                    + first.text(), true, first.id(), tree.id(), QNA);
        }
        if (SchedulingReplies.isScheduling(message)) {
            return new Routed(scheduling.reply(message), false, null, null, SCHEDULING);
        }
        return new Routed(agent.reply(caller, message), false, null, null, AGENT);
    }

    private Routed answer(Caller caller, Tree tree, Question question, String text) {
        if (STOP.matcher(text).matches()) {
            return new Routed("Okay, I stopped the " + tree.title() + ". Your answers so far are saved; say 'start job"
                    + " questions' to go through them again.", false, null, tree.id(), QNA);
        }
        if (text.isEmpty()) {
            return new Routed(question.text(), true, question.id(), tree.id(), QNA);
        }
        answers.save(caller.orgId(), caller.userId(), tree.id(), question.id(), text);
        Optional<Question> next = tree.after(question);
        if (next.isPresent()) {
            return new Routed("Got it.\n\n" + next.get().text(), true, next.get().id(), tree.id(), QNA);
        }
        return new Routed(summary(tree, answers.answers(caller.orgId(), caller.userId(), tree.id())), false, null,
                tree.id(), QNA);
    }

    private static String summary(Tree tree, Map<String, String> saved) {
        StringBuilder reply = new StringBuilder("Thanks, that was the last question. Your answers are saved:\n\n");
        for (Question q : tree.questions()) {
            reply.append("- ").append(q.text()).append("\n  ").append(saved.getOrDefault(q.id(), "(no answer)"))
                    .append('\n');
        }
        return reply.append("\nYou can now say 'list jobs' or 'match candidates for job <id>'.").toString();
    }
}
