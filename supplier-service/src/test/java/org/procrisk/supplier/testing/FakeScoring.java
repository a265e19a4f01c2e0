package org.procrisk.supplier.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * scoring-service as the order book sees it, on a free port: the batch (detail=summary), the ERP read and
 * the snapshot refresh. Its scores follow a rule simple enough to work out by hand: 10 points per line, 40
 * more for a gallium line from the day a control ({@link #CONTROL}) starts; the order is scored on the
 * dataset version the test sets. The real scoring is checked end to end in e2e-tests.
 */
public final class FakeScoring {

    public static final String CONTROL = "CN-2025-61";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    public final AtomicLong datasetVersion = new AtomicLong(1);
    /** The version a refresh moves scoring to; until one, batches answer on {@link #datasetVersion}. */
    public final AtomicLong versionAfterRefresh = new AtomicLong(-1);
    public volatile LocalDate controlFrom = LocalDate.of(2026, 11, 10);
    public final AtomicInteger batches = new AtomicInteger();
    public final AtomicInteger ordersScored = new AtomicInteger();
    public final AtomicInteger refreshes = new AtomicInteger();
    public volatile boolean down;

    public FakeScoring() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/scores/batch", this::batch);
        server.createContext("/api/v1/internal/erp-orders/", this::readErp);
        server.createContext("/api/v1/admin/snapshot:refresh", this::refresh);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    private void batch(HttpExchange x) throws IOException {
        if (down) {
            x.sendResponseHeaders(503, -1);
            x.close();
            return;
        }
        batches.incrementAndGet();
        StringBuilder out = new StringBuilder();
        int orders = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(x.getRequestBody(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.append(JSON.writeValueAsString(score(JSON.readTree(line), orders++))).append('\n');
                }
            }
        }
        ordersScored.addAndGet(orders);
        out.append("{\"summary\":{\"orders\":").append(orders).append(",\"datasetVersion\":").append(datasetVersion.get()).append("}}\n");
        send(x, 200, "application/x-ndjson", out.toString());
    }

    private JsonNode score(JsonNode order, int index) {
        for (JsonNode line : order.path("lines")) {
            if ("UNSCORABLE".equals(line.path("partNumber").asText())) {
                ObjectNode problem = JSON.createObjectNode().put("status", 422).put("detail", "1 fields cannot be scored as sent");
                problem.putArray("errors").addObject().put("field", "lines[0].partNumber").put("message", "is not scorable");
                ObjectNode error = JSON.createObjectNode();
                error.putObject("error").put("index", index).set("problem", problem);
                return error;
            }
        }
        LocalDate asOf = LocalDate.parse(order.path("asOf").asText());
        boolean bites = !asOf.isBefore(controlFrom);
        int score = 0;
        BigDecimal total = BigDecimal.ZERO;
        boolean controlled = false;
        for (JsonNode line : order.path("lines")) {
            score += 10;
            total = total.add(line.path("quantity").decimalValue().multiply(line.path("unitPrice").decimalValue()));
            boolean gallium = false;
            for (JsonNode c : line.path("composition")) {
                gallium |= "GA".equals(c.path("material").asText());
            }
            if (gallium && bites) {
                score += 40;
                controlled = true;
            }
        }
        score = Math.min(100, score);
        ObjectNode answer = JSON.createObjectNode().put("poNumber", order.path("poNumber").asText())
                .put("currency", order.path("currency").asText()).put("asOf", asOf.toString())
                .put("datasetVersion", datasetVersion.get())
                .put("totalValue", total.setScale(2, RoundingMode.HALF_EVEN))
                .put("controlValueAtRisk", total.multiply(BigDecimal.valueOf(score)).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN))
                .put("score", score).put("riskTier", score >= 75 ? "CRITICAL" : score >= 50 ? "HIGH" : score >= 25 ? "MEDIUM" : "LOW");
        ArrayNode controls = answer.putArray("exposureByControl");
        if (controlled) {
            controls.addObject().put("controlId", CONTROL).put("measure", "LICENCE").put("value", "1.00");
        }
        return answer;
    }

    private void readErp(HttpExchange x) throws IOException {
        JsonNode po = JSON.readTree(x.getRequestBody()).path("d");
        if (po.path("DocumentCurrency").isMissingNode()) {
            send(x, 400, "application/problem+json", "{\"status\":400,\"detail\":\"1 fields are not valid\","
                    + "\"errors\":[{\"field\":\"DocumentCurrency\",\"message\":\"must not be null\"}]}");
            return;
        }
        ObjectNode read = JSON.createObjectNode();
        ObjectNode order = read.putObject("order").put("poNumber", po.path("PurchaseOrder").asText()).put("buyerCountry", "DE")
                .put("currency", po.path("DocumentCurrency").asText());
        ArrayNode keys = read.putArray("erpKeys");
        ArrayNode lines = order.putArray("lines");
        int n = 0;
        for (JsonNode item : po.path("to_PurchaseOrderItem").path("results")) {
            keys.add(item.path("PurchaseOrderItem").asText());
            lines.addObject().put("lineNumber", ++n * 10).put("partNumber", item.path("Material").asText())
                    .put("supplierId", po.path("Supplier").asText()).put("quantity", item.path("OrderQuantity").decimalValue())
                    .put("unitPrice", item.path("NetPriceAmount").decimalValue());
        }
        read.putArray("skipped");
        send(x, 200, "application/json", JSON.writeValueAsString(read));
    }

    private void refresh(HttpExchange x) throws IOException {
        refreshes.incrementAndGet();
        if (versionAfterRefresh.get() >= 0) {
            datasetVersion.set(versionAfterRefresh.get());
        }
        send(x, 200, "application/json", "{}");
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
