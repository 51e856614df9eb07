package dev.keel.api.recruiting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests the original recruiting front-end sent during a recruiter's walk through it, with the original
 * backend's answers (resources/recruiting-ui, copied from the shared fixtures). Bodies are cut at 700 characters.
 */
final class RecordedTraffic {
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Entry(int index, String method, String path, String contentType, boolean authenticated,
                 String requestBody, int status, String responseBody) {
        String route() {
            int q = path.indexOf('?');
            return q < 0 ? path : path.substring(0, q);
        }

        /** The request as JSON when it was recorded whole, else null. */
        JsonNode jsonRequest() {
            try {
                return requestBody.isEmpty() ? null : JSON.readTree(requestBody);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** One part of a recorded multipart body: a form field or a file. */
    record Part(String name, String filename, String text) {
    }

    private RecordedTraffic() {
    }

    static List<Entry> load() {
        try (InputStream in = RecordedTraffic.class.getResourceAsStream("/recruiting-ui/traffic-original-backend.jsonl")) {
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode e = JSON.readTree(line);
                entries.add(new Entry(entries.size(), e.path("method").asString(), e.path("path").asString(),
                        e.path("content_type").asString(), e.path("authenticated").asBoolean(),
                        e.path("request_body").asString(""), e.path("status").asInt(),
                        e.path("response_body").asString("")));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts of a recorded multipart body, by name (file contents as recorded text). */
    static Map<String, Part> parts(Entry entry) {
        String boundary = "--" + entry.contentType().substring(entry.contentType().indexOf("boundary=") + 9);
        Map<String, Part> parts = new LinkedHashMap<>();
        String body = entry.requestBody().replace("\r\n", "\n");
        for (String chunk : body.split(java.util.regex.Pattern.quote(boundary))) {
            int blank = chunk.indexOf("\n\n");
            if (blank < 0 || !chunk.contains("Content-Disposition")) {
                continue;
            }
            String headers = chunk.substring(0, blank);
            String name = between(headers, "name=\"", "\"");
            String filename = headers.contains("filename=\"") ? between(headers, "filename=\"", "\"") : null;
            String text = chunk.substring(blank + 2);
            parts.put(name, new Part(name, filename, text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
        }
        return parts;
    }

    private static String between(String s, String start, String end) {
        int from = s.indexOf(start) + start.length();
        return s.substring(from, s.indexOf(end, from));
    }
}
