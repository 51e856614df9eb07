package dev.keel.integrations.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenAI-compatible streaming server on a raw socket, one thread per connection blocked in read(), so it stamps
 * the moment a request's first byte arrives (the kernel hands it over) with no dispatcher in between: the honest
 * "request received" for TTFT. Streams {@code tokens} chunks, the first after {@code ttftMillis}, then every
 * {@code gapMillis}, each written with TCP_NODELAY and stamped after the write.
 */
final class RawStreamServer implements AutoCloseable {
    record Served(long firstByteNanos, long headersNanos, long bodyNanos, List<Long> chunkNanos) {
    }

    private final ServerSocket server;
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private volatile long ttftMillis = 50;
    private volatile long gapMillis = 10;
    private volatile int tokens = 5;

    RawStreamServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-stream-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    RawStreamServer script(long ttft, long gap, int count) {
        ttftMillis = ttft;
        gapMillis = gap;
        tokens = count;
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    List<Served> served() {
        return served;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread t = new Thread(() -> serve(socket), "raw-stream-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return;
                }
                long firstByte = System.nanoTime();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                head.write(first);
                while (!endsWithBlankLine(head)) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head.write(b);
                }
                long headers = System.nanoTime();
                int length = contentLength(head.toString(StandardCharsets.ISO_8859_1));
                in.readNBytes(length);
                long body = System.nanoTime();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                List<Long> chunks = new ArrayList<>();
                Thread.sleep(ttftMillis);
                for (int i = 0; i < tokens; i++) {
                    if (i > 0) {
                        Thread.sleep(gapMillis);
                    }
                    chunk(out, "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"t" + i + " \"}}]}\n\n");
                    chunks.add(System.nanoTime());
                }
                chunk(out, "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":" + tokens
                        + "}}\n\ndata: [DONE]\n\n");
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                served.add(new Served(firstByte, headers, body, chunks));
            }
        } catch (IOException | InterruptedException e) {
            // client went away / closed
        }
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        frame.writeBytes(bytes);
        frame.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.write(frame.toByteArray()); // one write, one segment
        out.flush();
    }

    private static boolean endsWithBlankLine(ByteArrayOutputStream head) {
        byte[] b = head.toByteArray();
        int n = b.length;
        return n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n';
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
