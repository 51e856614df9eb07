package dev.keel.domain.recruiting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers of the chat router's guided question flow, per organization, user and question tree. */
@Repository
public class ChatAnswerRepository {
    private final JdbcClient jdbc;

    public ChatAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the answer; answering the same question again replaces it (a retried request writes one row). */
    public void save(long orgId, long userId, String treeId, String questionId, String answer) {
        jdbc.sql("INSERT INTO recruiting_chat_answers (org_id, user_id, tree_id, question_id, answer) "
                        + "VALUES (:org, :user, :tree, :question, :answer) "
                        + "ON CONFLICT (org_id, user_id, tree_id, question_id) "
                        + "DO UPDATE SET answer = EXCLUDED.answer, answered_at = now()")
                .param("org", orgId).param("user", userId).param("tree", treeId).param("question", questionId)
                .param("answer", answer).update();
    }

    /** Question id to answer, in the order they were first answered. */
    public Map<String, String> answers(long orgId, long userId, String treeId) {
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer FROM recruiting_chat_answers WHERE org_id = :org AND user_id = :user "
                        + "AND tree_id = :tree ORDER BY id")
                .param("org", orgId).param("user", userId).param("tree", treeId)
                .query((rs, n) -> answers.put(rs.getString(1), rs.getString(2))).list();
        return answers;
    }
}
