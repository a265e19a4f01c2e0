package org.procrisk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on loopback: keeps what it was sent, and answers the statuses it is told to, then 200. */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    /** How long each answer takes: a slow receiver. */
    public volatile long delayMillis;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        received.add(new Received(x.getRequestURI().getPath(), Map.copyOf(x.getRequestHeaders()), body));
        Integer status = answers.poll();
        int code = status == null ? 200 : status;
        if (code >= 300 && code < 400) {
            x.getResponseHeaders().set("Location", url("/moved"));
        }
        x.sendResponseHeaders(code, -1);
        x.close();
    }

    public List<Received> at(String path) {
        List<Received> list = new ArrayList<>();
        received.stream().filter(r -> r.path().equals(path)).forEach(list::add);
        return list;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
