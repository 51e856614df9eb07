package dev.keel.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * An LLM endpoint that never answers: the kernel accepts connections into the backlog, nobody reads them, so
 * every call hangs until the client's own timeout. Closing it is instant (unlike a fake that sleeps).
 */
public final class SilentLlmServer implements AutoCloseable {
    private final ServerSocket socket;

    public SilentLlmServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
