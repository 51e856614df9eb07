package dev.keel.activities.recruiting;

/** Which profile texts are worth a model call: blank or control-character-only text is not (it never will be). */
final class EmbeddableText {
    private EmbeddableText() {
    }

    static boolean isEmbeddable(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT);
    }
}
