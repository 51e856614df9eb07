package dev.keel.integrations.telegram;

/** Where Telegram calls go: the Bot API base URL, the bot's token and the chat that receives messages. */
public record TelegramBot(String apiBase, String botToken, String chatId) {
    public boolean configured() {
        return botToken != null && !botToken.isBlank() && chatId != null && !chatId.isBlank();
    }
}
