package dev.keel.api.recruiting;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Builds multipart/form-data bodies for upload tests: one file part and an optional notes field. */
final class Multipart {
    private Multipart() {
    }

    static Response upload(HttpTestClient http, String path, String field, String filename, String contentType,
                           byte[] content, String notes) {
        String boundary = "keel-test-boundary-7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n");
        if (notes != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"notes\"\r\n\r\n" + notes + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return http.send(http.builder(path).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
