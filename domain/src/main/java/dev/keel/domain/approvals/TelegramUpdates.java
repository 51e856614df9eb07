package dev.keel.domain.approvals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Telegram update ids already handled; Telegram delivers webhooks at least once. */
@Repository
public class TelegramUpdates {
    private final JdbcClient jdbc;

    public TelegramUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the first delivery of an update id, false for a duplicate. */
    public boolean firstDelivery(long updateId) {
        return jdbc.sql("INSERT INTO telegram_updates (update_id) VALUES (?) ON CONFLICT (update_id) DO NOTHING")
                .param(updateId).update() == 1;
    }

    /** Forgets an update whose handling failed, so Telegram's redelivery is processed. */
    public void forget(long updateId) {
        jdbc.sql("DELETE FROM telegram_updates WHERE update_id = ?").param(updateId).update();
    }
}
