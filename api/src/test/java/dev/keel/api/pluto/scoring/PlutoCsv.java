package dev.keel.api.pluto.scoring;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Builds Pluto CSVs and uploads them as multipart/form-data; waits for a run to reach a status. */
public final class PlutoCsv {
    static final String HEADER = "name,job_title,location_city,location_state,years_sales_experience,linkedin_headline,"
            + "crustdata_enrichment_data,favourite_colour\n";

    private PlutoCsv() {
    }

    static String row(String name, String title, double years, String headline) {
        return name + "," + title + ",Austin,TX," + years + ",\"" + headline + "\",,blue\n";
    }

    public static String rows(int n, String prefix) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            csv.append(row(prefix + " " + i, "Account Executive", i % 7, "Enterprise AE selling to banks"));
        }
        return csv.toString();
    }

    static Response upload(HttpTestClient http, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "pluto-test-boundary-x81Kq";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        fields.forEach((k, v) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        write(body, "--" + boundary + "--\r\n");
        return http.send(http.builder("/api/pluto/upload").timeout(Duration.ofSeconds(90))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static Response upload(HttpTestClient http, String csv) {
        return upload(http, "candidates.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Polls /pluto/status until its status is one of the wanted ones; returns the last status body. */
    public static JsonNode awaitStatus(HttpTestClient http, String runId, Duration timeout, String... wanted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Response r = http.get("/api/pluto/status?run_id=" + runId);
            last = r.json();
            for (String w : wanted) {
                if (w.equals(last.path("status").asString())) {
                    return last;
                }
            }
            sleep(200);
        }
        throw new AssertionError("run " + runId + " did not reach " + String.join("/", wanted) + ": " + last);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
