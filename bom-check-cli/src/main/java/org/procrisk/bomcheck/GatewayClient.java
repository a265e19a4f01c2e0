package org.procrisk.bomcheck;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts a BOM to {@code /api/v1/bom-checks} of the gateway and returns the verdict document. */
public final class GatewayClient {

    static final String PATH = "/api/v1/bom-checks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    public GatewayClient(URI base, String apiKey, Duration timeout) {
        this.base = base;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public JsonNode check(Path file, BomType type, Map<String, String> query) {
        URI uri = base.resolve(PATH + (query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))));
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", type.contentType())
                    .header("Accept", "application/json")
                    .header("X-API-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new CheckException("no answer from " + base + " within " + timeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new CheckException("cannot connect to " + base + " (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new CheckException("cannot check " + file + " at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckException("interrupted", e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw new CheckException("the service refused the BOM: HTTP " + response.statusCode() + problem(body));
        }
        if (body == null || !body.hasNonNull("verdict")) {
            throw new CheckException("the answer from " + base + " holds no verdict");
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String problem(JsonNode body) {
        if (body == null || !body.has("detail")) {
            return "";
        }
        StringBuilder s = new StringBuilder(": ").append(body.path("detail").asText());
        for (JsonNode error : body.path("errors")) {
            s.append("\n  ").append(error.path("field").asText()).append(": ").append(error.path("message").asText());
        }
        return s.toString();
    }
}
