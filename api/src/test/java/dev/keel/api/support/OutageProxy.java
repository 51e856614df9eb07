package dev.keel.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a server that can fail like a network: {@link #blackhole()} cuts every open connection
 * and then accepts new ones without ever answering (the worst case: callers wait instead of being refused).
 */
public final class OutageProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final String host;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean blackhole;

    public OutageProxy(String host, int port) {
        this.host = host;
        this.port = port;
        try {
            listener = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept, "outage-proxy");
    }

    public int port() {
        return listener.getLocalPort();
    }

    public void blackhole() {
        blackhole = true;
        sockets.forEach(OutageProxy::closeQuietly);
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listener.accept();
                sockets.add(client);
                if (!blackhole) {
                    Socket server = new Socket(host, port);
                    sockets.add(server);
                    daemon(() -> pump(client, server), "outage-proxy-up");
                    daemon(() -> pump(server, client), "outage-proxy-down");
                }
            }
        } catch (IOException closed) {
            // listener closed
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        blackhole();
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
