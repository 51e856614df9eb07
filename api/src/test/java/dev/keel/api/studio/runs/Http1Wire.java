package dev.keel.api.studio.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The little HTTP/1.1 FakeStreamingProvider speaks on its raw socket: requests in, chunked SSE out. */
final class Http1Wire {
    /** One request; receivedNanos is when its last byte was read off the socket. */
    record Request(String path, Map<String, String> headers, String body, long receivedNanos) {
    }

    private Http1Wire() {
    }

    /** The next request on the connection (request line, headers, Content-Length body), or null at its end. */
    static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        String header;
        while ((header = line(in)) != null && !header.isEmpty()) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        long received = System.nanoTime(); // the request's last byte is here
        String[] parts = requestLine.split(" ");
        return new Request(parts.length > 1 ? parts[1] : "", headers, new String(body, StandardCharsets.UTF_8),
                received);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** A complete JSON answer with the given status. */
    static void json(OutputStream out, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(ascii("HTTP/1.1 " + status + " Scripted\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n"));
        out.write(body);
        out.flush();
    }

    /** The head of a 200 event stream; its body follows as chunks. */
    static void eventStream(OutputStream out) throws IOException {
        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"));
        out.flush();
    }

    /** OpenAI's terminator event and the end of the chunked body (the connection stays open). */
    static void end(OutputStream out) throws IOException {
        chunk(out, "data: [DONE]\n\n");
        out.write(ascii("0\r\n\r\n"));
        out.flush();
    }

    static void event(OutputStream out, String json) throws IOException {
        chunk(out, "data: " + json + "\n\n");
    }

    /** One HTTP chunk in one write, so it leaves as one segment. */
    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(ascii(Integer.toHexString(data.length) + "\r\n"));
        frame.writeBytes(data);
        frame.writeBytes(ascii("\r\n"));
        out.write(frame.toByteArray());
        out.flush();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
