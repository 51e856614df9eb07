package dev.keel.domain.autopack.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Valve's KeyValues text format (libraryfolders.vdf, appmanifest_*.acf): quoted keys followed by a quoted value
 * or a braced block; {@code //} comments. A value is a String or a nested Map. Malformed input yields what was
 * read up to the fault.
 */
public final class Vdf {
    private final String text;
    private int pos;

    private Vdf(String text) {
        this.text = text;
    }

    public static Map<String, Object> parse(String text) {
        Vdf parser = new Vdf(text);
        return parser.block();
    }

    private Map<String, Object> block() {
        Map<String, Object> values = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                return values;
            }
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return values;
            }
            String key = token();
            if (key == null) {
                return values;
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '{') {
                pos++;
                values.put(key, block());
            } else {
                String value = token();
                if (value == null) {
                    return values;
                }
                values.put(key, value);
            }
        }
    }

    private String token() {
        skipSpace();
        if (pos >= text.length()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (text.charAt(pos) == '"') {
            pos++;
            while (pos < text.length() && text.charAt(pos) != '"') {
                char c = text.charAt(pos++);
                if (c == '\\' && pos < text.length()) {
                    char next = text.charAt(pos++);
                    out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
                } else {
                    out.append(c);
                }
            }
            pos++;
            return out.toString();
        }
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "{}\"".indexOf(text.charAt(pos)) < 0) {
            out.append(text.charAt(pos++));
        }
        return out.isEmpty() ? null : out.toString();
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }
}
