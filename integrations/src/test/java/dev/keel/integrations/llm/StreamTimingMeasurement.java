package dev.keel.integrations.llm;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Where a streamed call's time to first token error comes from (docs/PERFORMANCE.md, "Benchmark Studio: timing
 * accuracy"): the gateway's TTFT (from the request sent) and the TTFT from the call's start (what the gateway
 * measured before), both against a raw-socket server's truth (first chunk written minus request received, the
 * request's last byte read); pooled and new connections; then against a JDK HttpServer fake whose truth starts
 * when its handler ran (what the studio's fake did before).
 * Run: ./mvnw -pl integrations -am test -Dtest=StreamTimingMeasurement -Dkeel.measure=true
 */
@EnabledIfSystemProperty(named = "keel.measure", matches = "true")
class StreamTimingMeasurement {
    static final int CALLS = Integer.getInteger("keel.calls", 60);

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // as the fakes: each chunk leaves at once
    }

    @Test
    void measure() throws Exception {
        LlmGateway gateway = new LlmGateway(Duration.ofSeconds(5));
        List<RawStreamServer> raws = List.of(new RawStreamServer(), new RawStreamServer(), new RawStreamServer());
        raws.forEach(r -> r.script(40, 10, 5));
        for (int round = 0; round < 2; round++) { // round 0 warms the JIT
            report("raw socket, pooled connections, 3 in parallel, round " + round, parallel(raws.size(),
                    p -> rawCall(gateway, raws.get(p))));
        }
        report("raw socket, a new connection per call (new client), 1 at a time", parallel(1,
                p -> rawCall(new LlmGateway(Duration.ofSeconds(5)), raws.get(0))));
        for (String executor : List.of("default executor", "cached pool")) {
            List<HttpServer> servers = new ArrayList<>();
            List<List<long[]>> served = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                List<long[]> stamps = new CopyOnWriteArrayList<>();
                servers.add(httpServer(stamps, executor.equals("cached pool")));
                served.add(stamps);
            }
            for (int round = 0; round < 2; round++) {
                report("JDK HttpServer (" + executor + ", nodelay), 3 in parallel, truth from its handler start, round "
                        + round, parallel(3, p -> {
                            String url = "http://127.0.0.1:" + servers.get(p).getAddress().getPort() + "/v1";
                            long[] firstChunk = new long[1];
                            long t0 = System.nanoTime();
                            LlmStream s = gateway.stream(endpoint(url), request(), c -> stamp(firstChunk));
                            long[] sv = served.get(p).get(served.get(p).size() - 1);
                            double truth = (sv[1] - sv[0]) / 1e6;
                            return new double[] {ms(s.firstToken()) - truth, (firstChunk[0] - t0) / 1e6 - truth,
                                    (sv[0] - t0) / 1e6, Double.NaN};
                        }));
            }
            servers.forEach(server -> server.stop(0));
        }
        for (RawStreamServer raw : raws) {
            raw.close();
        }
    }

    /** A JDK HttpServer fake (the studio's fake before) stamping its handler's start and its first chunk written. */
    private static HttpServer httpServer(List<long[]> served, boolean cachedPool) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            long received = System.nanoTime();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            sleep(40);
            out.write("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            served.add(new long[] {received, System.nanoTime()});
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        if (cachedPool) {
            server.setExecutor(Executors.newCachedThreadPool());
        }
        server.start();
        return server;
    }

    /** Columns: error from the request-sent origin, error from the call-start origin, two server-side splits. */
    private static double[] rawCall(LlmGateway gateway, RawStreamServer raw) {
        long[] firstChunk = new long[1];
        long t0 = System.nanoTime();
        LlmStream s = gateway.stream(endpoint(raw.baseUrl()), request(), c -> stamp(firstChunk));
        RawStreamServer.Served sv = raw.served().get(raw.served().size() - 1);
        double truth = (sv.chunkNanos().get(0) - sv.bodyNanos()) / 1e6;
        return new double[] {ms(s.firstToken()) - truth, (firstChunk[0] - t0) / 1e6 - truth,
                (sv.firstByteNanos() - t0) / 1e6, (sv.bodyNanos() - sv.firstByteNanos()) / 1e6};
    }

    private static void stamp(long[] first) {
        if (first[0] == 0) {
            first[0] = System.nanoTime();
        }
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }

    interface Call {
        double[] run(int provider) throws Exception;
    }

    private static List<double[]> parallel(int providers, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(providers);
        List<Future<List<double[]>>> futures = new ArrayList<>();
        for (int p = 0; p < providers; p++) {
            int provider = p;
            futures.add(pool.submit(() -> {
                List<double[]> rows = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    rows.add(call.run(provider));
                }
                return rows;
            }));
        }
        List<double[]> all = new ArrayList<>();
        for (Future<List<double[]>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    private static void report(String name, List<double[]> rows) {
        System.out.printf("%s, load %s (%d calls)%n", name, load(), rows.size());
        System.out.printf("  TTFT abs error, gateway (from request sent)    %s%n", stats(rows, 0));
        System.out.printf("  TTFT abs error, from the call's start (before) %s%n", stats(rows, 1));
        System.out.printf("  call start to first request byte (HttpServer: to its handler) %s%n", stats(rows, 2));
        System.out.printf("  first request byte to request received %s%n", stats(rows, 3));
    }

    private static String stats(List<double[]> rows, int column) {
        List<Double> v = new ArrayList<>(rows.stream().map(r -> Math.abs(r[column])).toList());
        Collections.sort(v);
        if (v.get(0).isNaN()) {
            return "-";
        }
        return String.format("median %.3f p99 %.3f max %.3f ms", v.get(v.size() / 2),
                v.get(Math.min(v.size() - 1, (int) Math.ceil(0.99 * v.size()) - 1)), v.get(v.size() - 1));
    }

    private static String load() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static LlmEndpoint endpoint(String url) {
        return LlmEndpoint.of(LlmProvider.OPENAI_COMPATIBLE, url, "k");
    }

    private static LlmRequest request() {
        return LlmRequest.text("m", List.of(LlmMessage.user("hi"))).withTimeout(Duration.ofSeconds(5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
