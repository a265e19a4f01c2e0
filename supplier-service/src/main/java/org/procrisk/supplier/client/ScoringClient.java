package org.procrisk.supplier.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;

import org.procrisk.common.http.InternalToken;
import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;

/**
 * scoring-service as the order book uses it: its streaming batch for scoring (one order or many, on one
 * dataset version), and its reading of ERP orders. The JDK client streams the batch both ways, so a
 * chunk of the order book never sits in memory twice.
 */
@ApplicationScoped
public class ScoringClient {

    static final String NDJSON = "application/x-ndjson";

    private final URI base;
    private final Optional<String> token;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;

    public ScoringClient(@ConfigProperty(name = "supplier.scoring.url") URI base,
                         @ConfigProperty(name = "procrisk.internal-token") Optional<String> token,
                         @ConfigProperty(name = "supplier.scoring.timeout", defaultValue = "120s") Duration timeout,
                         ObjectMapper json) {
        this.base = base;
        this.token = token.filter(t -> !t.isBlank());
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Scores the orders (native order JSON, asOf included), answering one outcome per order in their order.
     * Retried on a connection failure: a batch writes nothing, so sending it again is safe.
     */
    @Retry(maxRetries = 2, delay = 250, retryOn = ScoringUnavailable.class)
    public List<BatchOutcome> score(List<byte[]> orders) {
        List<byte[]> body = new ArrayList<>(orders.size() * 2);
        for (byte[] order : orders) {
            body.add(order);
            body.add(NEWLINE);
        }
        HttpRequest request = request("/api/v1/scores/batch?detail=summary")
                .header("Content-Type", NDJSON)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw unexpected(response.statusCode(), in.readAllBytes());
                }
                return outcomes(in, orders.size());
            }
        } catch (IOException e) {
            throw new ScoringUnavailable("scoring-service did not answer the batch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScoringUnavailable("interrupted while scoring", e);
        }
    }

    private static final byte[] NEWLINE = {'\n'};

    private List<BatchOutcome> outcomes(InputStream in, int expected) throws IOException {
        List<BatchOutcome> outcomes = new ArrayList<>(expected);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        boolean summary = false;
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (node.has("summary")) {
                summary = true;
            } else if (node.has("error")) {
                JsonNode problem = node.path("error").path("problem");
                outcomes.add(new BatchOutcome(outcomes.size(), null, problem.path("status").asInt(422), problem));
            } else {
                outcomes.add(new BatchOutcome(outcomes.size(), scored(node), 200, null));
            }
        }
        if (!summary || outcomes.size() != expected) {
            throw new ScoringUnavailable("scoring-service cut the batch short (" + outcomes.size() + " of " + expected
                    + " orders answered)", null);
        }
        return outcomes;
    }

    private static ScoredOrder scored(JsonNode a) {
        List<String> controls = new ArrayList<>();
        a.path("exposureByControl").forEach(c -> controls.add(c.path("controlId").asText()));
        return new ScoredOrder(a.path("poNumber").asText(), a.path("score").asInt(), a.path("riskTier").asText(),
                new BigDecimal(a.path("totalValue").asText()), new BigDecimal(a.path("controlValueAtRisk").asText()),
                a.path("currency").asText(), List.copyOf(controls), compliance(a.path("compliance")), a.path("datasetVersion").asLong(),
                LocalDate.parse(a.path("asOf").asText()));
    }

    /** "AT_RISK COMPLIANT:2:1240.00 AT_RISK:1:300.00": the verdict, then lines and value per verdict; null without one. */
    static String compliance(JsonNode c) {
        if (c.isMissingNode() || c.isNull()) {
            return null;
        }
        StringBuilder text = new StringBuilder(c.path("verdict").asText());
        c.path("valueByVerdict").forEach(v -> text.append(' ').append(v.path("verdict").asText()).append(':')
                .append(v.path("lines").asInt()).append(':').append(new BigDecimal(v.path("value").asText()).toPlainString()));
        return text.toString();
    }

    /** An ERP's purchase order read into native form (scoring-service's ErpOrderRead), or its problem as ours. */
    @Retry(maxRetries = 2, delay = 250, retryOn = ScoringUnavailable.class)
    public JsonNode readErp(String format, byte[] document, String buyerCountry) {
        String path = "/api/v1/internal/erp-orders/" + format
                + (buyerCountry == null ? "" : "?buyerCountry=" + URLEncoder.encode(buyerCountry, StandardCharsets.UTF_8));
        HttpRequest request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw unexpected(response.statusCode(), response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ScoringUnavailable("scoring-service did not read the order: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScoringUnavailable("interrupted while reading an order", e);
        }
    }

    /** Asks scoring-service to load the registry's current snapshot now, rather than at its next poll. */
    public void refreshSnapshot() {
        HttpRequest request = request("/api/v1/admin/snapshot:refresh").POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new ScoringUnavailable("scoring-service did not refresh: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScoringUnavailable("interrupted while refreshing", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        token.ifPresent(t -> builder.header(InternalToken.HEADER, t));
        return builder;
    }

    /** A 4xx is the caller's problem, passed on with its fields; anything else means scoring is not usable. */
    private RuntimeException unexpected(int status, byte[] body) {
        if (status >= 400 && status < 500) {
            try {
                return problem(status, json.readTree(body));
            } catch (IOException e) {
                return new ProblemException(status, "scoring-service refused the order");
            }
        }
        return new ScoringUnavailable("scoring-service answered " + status, null);
    }

    /** scoring-service's problem+json as a problem of ours, with the same fields. */
    public static ProblemException problem(int status, JsonNode problem) {
        List<Problem.FieldError> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(new Problem.FieldError(e.path("field").asText(), e.path("message").asText())));
        return new ProblemException(status, problem.path("detail").asText("scoring-service refused the order"), errors);
    }
}
