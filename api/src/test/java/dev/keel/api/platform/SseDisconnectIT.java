package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.platform.RunIndex;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A client that walks away from an event stream is routine: the stream stops, nothing is logged as an error. */
@ExtendWith(OutputCaptureExtension.class)
class SseDisconnectIT extends KeelApiTest {
    @Autowired
    RunIndex runs;

    @Test
    void clientDisconnectIsNotLoggedAsAnError(CapturedOutput output) throws Exception {
        TestUser alice = TestUsers.register(http(), "sse-gone");
        String key = UUID.randomUUID().toString();
        long runId = runs.registerRunning(alice.orgId(), "test", key, "test-" + key, "test run " + key);

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/runs/" + runId + "/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\nAuthorization: Bearer " + alice.accessToken() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            assertThat(in.readNBytes(head, 0, 12)).isEqualTo(12);
            assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 200");
        }
        // Heartbeats go out every second in tests: the next few hit the closed connection.
        Thread.sleep(4000);

        assertThat(output.getAll()).doesNotContain("Unhandled error").doesNotContain("AsyncRequestNotUsableException");
    }
}
