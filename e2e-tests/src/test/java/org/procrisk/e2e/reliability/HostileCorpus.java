package org.procrisk.e2e.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sends src/test/resources/hostile/cases.jsonl through the gateway and judges each answer. */
final class HostileCorpus {

    /** What must never reach a caller: stack traces, class names, SQL. */
    static final Pattern LEAK = Pattern.compile("(?i)(exception\\b|\\tat [a-z]|\\bat org\\.|\\bat java\\.|org\\.hibernate|"
            + "org\\.mariadb|java\\.lang|jdbc:|sql syntax|sqlstate|select .{1,80} from |insert into |stacktrace)");

    record Outcome(String id, String category, int status, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final String gateway;
    private final Map<String, String> keys;

    HostileCorpus(String gateway, Map<String, String> keys) {
        this.gateway = gateway;
        this.keys = keys;
    }

    static List<JsonNode> cases() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/cases.jsonl")) {
            for (Iterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(in); it.hasNext(); ) {
                cases.add(it.next());
            }
        }
        return cases;
    }

    Outcome send(JsonNode c) {
        String id = c.path("id").asText();
        String category = c.path("category").asText();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + c.path("path").asText()))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", keys.get(c.path("key").asText()));
        if (c.hasNonNull("contentType")) {
            request.header("Content-Type", c.path("contentType").asText());
        }
        c.path("headers").fields().forEachRemaining(h -> request.header(h.getKey(), h.getValue().asText()));
        byte[] body = body(c);
        if (body != null && body.length > 1024 * 1024) {
            return sendLarge(c, id, category, body);
        }
        request.method(c.path("method").asText(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Outcome(id, category, -1, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(id, category, -1, "interrupted");
        }
        return new Outcome(id, category, response.statusCode(), judge(c.path("expect").asText(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body()));
    }

    private Outcome sendLarge(JsonNode c, String id, String category, byte[] body) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("X-API-Key", keys.get(c.path("key").asText()));
        if (c.hasNonNull("contentType")) {
            headers.put("Content-Type", c.path("contentType").asText());
        }
        try {
            RawHttp.Answer a = RawHttp.send(gateway, c.path("method").asText(), c.path("path").asText(), headers, body);
            return new Outcome(id, category, a.status(), judge(c.path("expect").asText(), a.status(),
                    a.headers().getOrDefault("content-type", ""), a.body()));
        } catch (IOException | RuntimeException e) {
            return new Outcome(id, category, -1, "no answer: " + e);
        }
    }

    private static String judge(String expect, int status, String type, String text) {
        if (status >= 500) {
            return "server error " + status + ": " + shorten(text);
        }
        if (LEAK.matcher(text).find()) {
            return "answer leaks internals: " + shorten(text);
        }
        switch (expect) {
            case "4xx" -> {
                if (status < 400) {
                    return "accepted (" + status + ") what should be refused: " + shorten(text);
                }
                if (!type.startsWith("application/problem+json")) {
                    return status + " without problem+json (" + type + ")";
                }
                JsonNode problem = parse(text);
                if (problem == null || problem.path("status").asInt() != status || problem.path("detail").asText().isBlank()) {
                    return status + " problem without matching status and detail: " + shorten(text);
                }
            }
            case "batch" -> {
                String[] lines = text.strip().split("\n");
                if (status != 200 || !lines[lines.length - 1].contains("\"summary\"")) {
                    return "batch without a final summary (" + status + "): " + shorten(text);
                }
            }
            default -> {
                // "safe": any status below 500 without leaks
            }
        }
        return null;
    }

    private static byte[] body(JsonNode c) {
        if (c.has("body")) {
            return c.path("body").asText().getBytes(StandardCharsets.UTF_8);
        }
        JsonNode r = c.path("repeat");
        if (r.isMissingNode()) {
            return null;
        }
        StringBuilder s = new StringBuilder(r.path("head").asText());
        s.append(r.path("unit").asText().repeat(r.path("times").asInt()));
        return s.append(r.path("tail").asText()).toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Integer> countByStatus(List<Outcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.status() < 0 ? "no answer" : Integer.toString(o.status()), 1, Integer::sum));
        return counts;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
