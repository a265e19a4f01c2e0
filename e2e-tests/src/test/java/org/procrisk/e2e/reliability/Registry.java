package org.procrisk.e2e.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what the registry holds, through the gateway with the admin key, to compare before and after. */
final class Registry {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final String gateway;

    Registry(String gateway) {
        this.gateway = gateway;
    }

    /** Items per collection, following Link: rel="next" pages. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String collection : new String[] {"suppliers", "parts", "declarations", "export-controls", "sources"}) {
            counts.put(collection, count("/api/v1/" + collection + (collection.contains("-") || collection.equals("sources") ? "" : "?limit=500")));
        }
        return counts;
    }

    long datasetVersion() {
        call("POST", "/api/v1/admin/snapshot:refresh");
        return get("/api/v1/data").path("datasetVersion").asLong();
    }

    JsonNode get(String path) {
        return JSON.valueToTree(parse(call("GET", path).body()));
    }

    private int count(String path) {
        int total = 0;
        String next = path;
        while (next != null) {
            HttpResponse<String> response = call("GET", next);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + next + " answered " + response.statusCode() + ": " + response.body());
            }
            total += parse(response.body()).size();
            next = response.headers().firstValue("Link").map(Registry::nextOf).orElse(null);
        }
        return total;
    }

    private static String nextOf(String link) {
        int start = link.indexOf('<');
        int end = link.indexOf('>');
        if (start < 0 || end < start || !link.contains("rel=\"next\"")) {
            return null;
        }
        URI uri = URI.create(link.substring(start + 1, end));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    HttpResponse<String> call(String method, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", ManagedStack.ADMIN_KEY).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
