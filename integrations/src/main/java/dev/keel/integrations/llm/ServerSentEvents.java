package dev.keel.integrations.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads server-sent events off a response body as its bytes arrive (no read-ahead past what the socket gave), and
 * stamps each event with System.nanoTime() at the moment its first data line was complete.
 */
final class ServerSentEvents {

    /** One event: its name (null when unnamed), its data lines joined by \n, and when its data arrived. */
    record Event(String name, String data, long arrivedNanos) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    ServerSentEvents(InputStream in) {
        this.in = in;
    }

    /** The next event, or null at the end of the stream. */
    Event next() throws IOException {
        String name = null;
        StringBuilder data = null;
        long arrived = 0;
        String line;
        while ((line = readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(name, data.toString(), arrived);
                }
                name = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue; // comment / keep-alive
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            if (field.equals("event")) {
                name = value;
            } else if (field.equals("data")) {
                if (data == null) {
                    data = new StringBuilder(value);
                    arrived = System.nanoTime();
                } else {
                    data.append('\n').append(value);
                }
            }
        }
        return data != null ? new Event(name, data.toString(), arrived) : null;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = null;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer); // returns what has arrived, blocking only while nothing has
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line == null ? null : text(line);
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line == null) {
                line = new ByteArrayOutputStream();
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                position++; // the \n
                return text(line);
            }
        }
    }

    private static String text(ByteArrayOutputStream line) {
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
