package org.procrisk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The whole stack started by the README's run command: reached only through the gateway, with the
 * registry on a real private MariaDB, then stopped with Ctrl-C leaving nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Stack stack;

    @BeforeAll
    void start() throws IOException {
        stack = Stack.start();
        RestAssured.baseURI = stack.gatewayUrl();
        // The demo admin key the run command prints; every request below goes through the gateway with it.
        RestAssured.requestSpecification = new io.restassured.builder.RequestSpecBuilder()
                .addHeader("X-API-Key", "procrisk-demo-admin").build();
    }

    @Test
    @Order(1)
    void theRunCommandPrintsTheGatewayUrlsFirst() {
        assertThat(stack.output()).contains("Console (gateway)      http://localhost:" + stack.gateway + "/console",
                "Swagger UI (gateway)   http://localhost:" + stack.gateway + "/q/swagger-ui");
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/console").then().statusCode(200);
        assertThat(stack.children()).as("the script's children").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    @Order(2)
    void referenceDataAndDemoDataAreServedThroughTheGateway() {
        given().when().get("/api/v1/materials").then().statusCode(200).body("$", hasSize(27))
                .body("code", hasItems("ND", "DY", "GA", "GRAPHITE"));
        given().when().get("/api/v1/suppliers?country=EE").then().statusCode(200)
                .body("externalId", equalTo(List.of("V-70002")));
        given().when().get("/api/v1/method").then().statusCode(200).body("version", equalTo("1"));
        given().when().get("/api/v1/snapshot").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void onlyTheGatewayIsOpenAndOnlyWithAKey() throws Exception {
        assertThat(statusOf(stack.gatewayUrl() + "/api/v1/materials")).isEqualTo(401);
        assertThat(statusOf("http://127.0.0.1:" + stack.supplier + "/api/v1/materials")).isEqualTo(401);
        assertThat(statusOf("http://127.0.0.1:" + stack.scoring + "/api/v1/method")).isEqualTo(401);
        assertThat(statusOf("http://127.0.0.1:" + stack.supplier + "/q/health/ready")).isEqualTo(200);
        int readerWrites = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(stack.gatewayUrl() + "/api/v1/suppliers"))
                        .header("X-API-Key", "procrisk-demo-reader").header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(readerWrites).isEqualTo(403);
    }

    /** Status of a plain GET without any key or token, as a caller around the gateway would send it. */
    private static int statusOf(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    @Order(3)
    void everyWorkedExampleScoresThroughTheGatewayOnTheRealRegistry() throws IOException {
        JsonNode examples = examples();
        for (JsonNode example : examples) {
            createFixtures(example.path("registry"));
        }
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200).body("result", equalTo("LOADED"));
        for (JsonNode example : examples) {
            JsonPath answer = given().contentType(ContentType.JSON).body(example.get("request").toString())
                    .when().post("/api/v1/scores").then().statusCode(200).extract().jsonPath();
            assertMatches(example, answer);
        }
    }

    @Test
    @Order(4)
    void theDemoOrdersScoreAsABatch() throws IOException {
        byte[] orders = Files.readAllBytes(Stack.ROOT.resolve("demo/orders.ndjson"));
        String answer = given().contentType("application/x-ndjson").body(orders)
                .when().post("/api/v1/scores/batch").then().statusCode(200).extract().asString();
        String[] lines = answer.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines[3]).get("summary").get("failed").asInt()).isZero();
    }

    @Test
    @Order(5)
    void aDefenceOrderShowsDfarsVerdictsAndTheDeadlineWithoutChangingItsExportExposure() throws IOException {
        String demo = Files.readAllLines(Stack.ROOT.resolve("demo/orders.ndjson")).stream()
                .filter(l -> l.contains("PO-DEMO-002")).findFirst().orElseThrow();
        String order = demo.replaceFirst("\\{", "{\"asOf\":\"2026-11-25\",");
        JsonPath dod = given().contentType(ContentType.JSON).body(order)
                .when().post("/api/v1/scores").then().statusCode(200).extract().jsonPath();
        assertThat(dod.getString("compliance.verdict")).isIn("COMPLIANT", "AT_RISK", "NON_COMPLIANT");
        assertThat(dod.getList("lines.compliance.verdict")).hasSize(2).doesNotContainNull();
        assertThat(dod.getString("compliance.deadlines[0].date")).isEqualTo("2027-01-01");
        assertThat(dod.getInt("compliance.deadlines[0].daysLeft")).isEqualTo(37);
        assertThat(dod.getString("compliance.deadlines[0].summary")).endsWith("on 2027-01-01");

        // The same order without the programme: no buyer-side block, the same export figures.
        JsonPath plain = given().contentType(ContentType.JSON).body(order.replace("\"programmes\":[\"US-DOD\"],", ""))
                .when().post("/api/v1/scores").then().statusCode(200).extract().jsonPath();
        assertThat(plain.getMap("$")).doesNotContainKey("compliance");
        for (String field : List.of("score", "controlValueAtRisk", "singleCountryRefiningValue", "lines.risk")) {
            assertThat(plain.getString(field)).as(field).isEqualTo(dod.getString(field));
        }
    }

    @Test
    @Order(5)
    void erpOrdersFromTheApiDocumentScoreThroughTheGatewayAsTheirNativeEquivalents() throws IOException {
        JsonNode paths = JSON.readTree(given().when().get("/q/openapi").then().statusCode(200).extract().asString()).get("paths");
        for (String erp : List.of("sap-v2", "sap-v4", "odoo")) {
            JsonNode examples = paths.at("/~1api~1v1~1erp~1" + erp + "~1scores/post/requestBody/content/application~1json/examples");
            String order = examples.elements().next().get("value").toString();
            JsonPath answer = given().header("X-API-Key", "procrisk-demo-reader").contentType(ContentType.JSON).body(order)
                    .when().post("/api/v1/erp/" + erp + "/scores?asOf=orderDate").then().statusCode(200).extract().jsonPath();
            assertThat(answer.getList("lines.erpKey")).as(erp).isNotEmpty().doesNotContainNull();
            // the native order the answer describes scores the same
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < answer.getList("lines").size(); i++) {
                lines.append(i == 0 ? "" : ",").append("{\"lineNumber\":").append(answer.getInt("lines[" + i + "].lineNumber"))
                        .append(",\"partNumber\":\"").append(answer.getString("lines[" + i + "].partNumber"))
                        .append("\",\"supplierId\":\"").append(answer.getString("lines[" + i + "].supplierId"))
                        .append("\",\"quantity\":1,\"unitPrice\":\"").append(answer.getString("lines[" + i + "].value")).append("\"}");
            }
            JsonPath nat = given().contentType(ContentType.JSON).body("{\"poNumber\":\"" + answer.getString("poNumber")
                            + "\",\"buyerCountry\":\"" + answer.getString("buyerCountry") + "\",\"currency\":\""
                            + answer.getString("currency") + "\",\"asOf\":\"" + answer.getString("asOf") + "\",\"lines\":[" + lines + "]}")
                    .when().post("/api/v1/scores").then().statusCode(200).extract().jsonPath();
            for (String field : List.of("score", "riskTier", "controlValueAtRisk", "totalValue", "lines.risk", "lines.flags")) {
                assertThat(answer.getString(field)).as(erp + " " + field).isEqualTo(nat.getString(field));
            }
            given().header("X-API-Key", "procrisk-demo-reader").contentType(ContentType.JSON).body(order)
                    .when().post("/api/v1/erp/" + erp + "/scores?view=decision").then().statusCode(200)
                    .body("decision", org.hamcrest.Matchers.oneOf("ALLOW", "WARN", "BLOCK"));
        }
    }

    @Test
    @Order(6)
    @Tag("os-tools")
    void anOfficerScoresAnOrderInSwaggerUiWithAReaderKey() throws Exception {
        assertThat(SwaggerUiBrowser.available())
                .as("Debian's chromium and chromium-driver are needed (.ci/run installs them)").isTrue();
        try (SwaggerUiBrowser browser = new SwaggerUiBrowser()) {
            String shown = browser.scoreAnOrder(stack.gatewayUrl(), "procrisk-demo-reader",
                    Stack.ROOT.resolve("e2e-tests/target/swagger-ui-score.png"));
            assertThat(shown).startsWith("200");
            assertThat(shown).contains("\"score\"", "\"riskTier\"", "\"datasetVersion\"");
        }
    }

    @Test
    @Order(7)
    void aPipelineGatesBomsWithTheCliThroughTheGateway() throws IOException {
        String url = stack.gatewayUrl();
        String reader = "procrisk-demo-reader";
        BomCheckCli.Run fail = BomCheckCli.run(url, reader, "--buyer-country", "DE", BomCheckCli.demo("traction-motor.csv").toString());
        assertThat(fail.exitCode()).as(fail.output()).isEqualTo(1);
        assertThat(fail.output()).contains(": FAIL").contains("SINGLE_COUNTRY_REFINING").contains(" DY ");

        String harness = BomCheckCli.demo("cable-harness.csv").toString();
        BomCheckCli.Run warn = BomCheckCli.run(url, reader, "--buyer-country", "DE", harness);
        assertThat(warn.exitCode()).as(warn.output()).isZero();
        assertThat(warn.output()).contains(": WARN").contains("CN-2024-33");
        assertThat(BomCheckCli.run(url, reader, "--buyer-country", "DE", "--fail-on-warn", harness).exitCode()).isEqualTo(2);
        BomCheckCli.Run pass = BomCheckCli.run(url, reader, "--buyer-country", "DE", "--policy",
                BomCheckCli.demo("relaxed-policy.json").toString(), harness);
        assertThat(pass.exitCode()).as(pass.output()).isZero();
        assertThat(pass.output()).contains(": PASS");

        java.nio.file.Path junit = Stack.ROOT.resolve("e2e-tests/target/bom-check-ir-camera.xml");
        BomCheckCli.Run ipc = BomCheckCli.run(url, reader, "--buyer-country", "DE", "--format", "junit", "-o", junit.toString(),
                BomCheckCli.demo("ir-camera.xml").toString());
        assertThat(ipc.exitCode()).as(ipc.output()).isEqualTo(1);
        assertThat(Files.readString(junit)).contains("<failure type=\"SINGLE_COUNTRY_REFINING\"");
        BomCheckCli.Run cdx = BomCheckCli.run(url, reader, "--buyer-country", "DE", "--json",
                BomCheckCli.demo("ev-battery-module.cdx.json").toString());
        assertThat(JSON.readTree(cdx.output()).path("format").asText()).isEqualTo("application/vnd.cyclonedx+json");

        BomCheckCli.Run unknownKey = BomCheckCli.run(url, "not-a-key", "--buyer-country", "DE", harness);
        assertThat(unknownKey.exitCode()).isEqualTo(3);
        assertThat(unknownKey.output()).contains("HTTP 401");
        assertThat(BomCheckCli.run(url, null, harness).exitCode()).isEqualTo(3);
        assertThat(BomCheckCli.run("http://127.0.0.1:" + stack.db, reader, "--timeout", "5", harness).exitCode()).isEqualTo(3);

        BomCheckCli.Run batch = BomCheckCli.runScript("score-batch", url, reader, Stack.ROOT.resolve("demo/orders.ndjson").toString());
        assertThat(batch.exitCode()).as(batch.output()).isZero();
        assertThat(batch.output()).contains("\"summary\"").contains("3 orders");
    }

    @Test
    @Order(8)
    void everyExampleInTheApiDocumentsMatchesItsSchema() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path dir = Stack.ROOT.resolve("e2e-tests/target/openapi");
        Files.createDirectories(dir);
        Map<String, String> documents = Map.of(
                "merged", stack.gatewayUrl() + "/q/openapi",
                "supplier-service", "http://127.0.0.1:" + stack.supplier + "/q/openapi?format=json",
                "scoring-service", "http://127.0.0.1:" + stack.scoring + "/q/openapi?format=json");
        for (Map.Entry<String, String> d : documents.entrySet()) {
            String body = given().when().get(d.getValue()).then().statusCode(200).extract().asString();
            // kept for the linters of .ci/run (scripts/lint-openapi)
            Files.writeString(dir.resolve(d.getKey() + ".json"), body);
            assertThat(OpenApiExamples.violations(json.readTree(body))).as(d.getKey()).isEmpty();
        }
    }

    /** Every metric the Grafana dashboard of k8s/monitoring queries is one the services really serve. */
    @Test
    @Order(8)
    void theDashboardsMetricsAreServed() throws IOException {
        String dashboard = Files.readString(Stack.ROOT.resolve("k8s/monitoring/procrisk-dashboard.json"));
        java.util.Set<String> queried = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z_][a-z0-9_]*)\\{").matcher(dashboard);
        while (m.find()) {
            queried.add(m.group(1));
        }
        assertThat(queried).contains("http_server_requests_seconds_count", "scoring_snapshot_age_seconds");
        StringBuilder served = new StringBuilder();
        for (int port : new int[] {stack.gateway, stack.supplier, stack.scoring}) {
            served.append(given().when().get("http://127.0.0.1:" + port + "/q/metrics").then().statusCode(200).extract().asString());
        }
        String metrics = served.toString();
        for (String name : queried) {
            assertThat(metrics).as(name).containsPattern("(?m)^" + name + "[{ ]");
        }
        // the label the error panel filters on
        assertThat(metrics).containsPattern("(?m)^http_server_requests_seconds_count\\{[^}]*status=\"200\"");
        // scoring refreshes every 30 s at most, and answers from a real dataset version
        assertThat(value(metrics, "scoring_snapshot_age_seconds")).isBetween(0.0, 60.0);
        assertThat(value(metrics, "scoring_snapshot_dataset_version")).isGreaterThanOrEqualTo(1.0);
        // the orders scored by the tests before this one went through the dataset's exposure memo
        assertThat(value(metrics, "scoring_dataset_memo_size")).isPositive();
        assertThat(value(metrics, "scoring_dataset_memo_misses")).isPositive();
    }

    private static double value(String metrics, String name) {
        return Double.parseDouble(metrics.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not served")).replaceAll(".* ", ""));
    }

    @Test
    @Order(9)
    @Tag("os-tools")
    void behindATlsFrontLocationNamesTheFront() throws Exception {
        try (NginxTlsFront front = new NginxTlsFront(stack.gateway)) {
            String location = given().relaxedHTTPSValidation().baseUri(front.url())
                    .header("X-API-Key", "procrisk-demo-admin").contentType(ContentType.JSON)
                    .body("{\"externalId\":\"V-TLS-FRONT\",\"name\":\"Behind nginx\",\"country\":\"DE\"}")
                    .when().post("/api/v1/suppliers")
                    .then().statusCode(201).extract().header("Location");
            assertThat(location).startsWith("https://localhost:" + front.port + "/risk/api/v1/suppliers/");
            given().relaxedHTTPSValidation().header("X-API-Key", "procrisk-demo-reader").when().get(location)
                    .then().statusCode(200).body("externalId", equalTo("V-TLS-FRONT"));
        }
    }

    private final Map<String, String> booked = new java.util.LinkedHashMap<>();
    private String feedCursor;
    private org.procrisk.testing.WebhookReceiver receiver;
    private String webhookSecret;

    @Test
    @Order(2)
    void ordersAreStoredNativelyAndThroughEachAdapterByEditorsAndReadByReaders() throws IOException {
        // a receiver of the alerts, subscribed by the admin; readers may not see webhooks
        receiver = new org.procrisk.testing.WebhookReceiver();
        webhookSecret = given().contentType(ContentType.JSON).body("{\"url\":\"" + receiver.url("/alerts")
                        + "\",\"eventTypes\":[\"order.control.reached\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
        asReader().when().get("/api/v1/webhooks").then().statusCode(403);
        String nativeOrder = """
                {"buyerCountry":"DE","currency":"EUR","lines":[{"lineNumber":10,"partNumber":"MAG-ROTOR-48",
                 "supplierId":"V-10042","quantity":1000,"unitPrice":12.40}]}""";
        asReader().contentType(ContentType.JSON).body(nativeOrder).when().put("/api/v1/orders/PO-E2E-1").then().statusCode(403);
        given().contentType(ContentType.JSON).body(nativeOrder).when().put("/api/v1/orders/PO-E2E-1").then().statusCode(201);
        booked.put("PO-E2E-1", "native");

        JsonNode paths = JSON.readTree(given().when().get("/q/openapi").then().statusCode(200).extract().asString()).get("paths");
        for (String erp : List.of("sap-v2", "sap-v4", "odoo")) {
            JsonNode example = paths.at("/~1api~1v1~1erp~1" + erp + "~1scores/post/requestBody/content/application~1json/examples")
                    .elements().next().get("value");
            JsonNode po = example.has("d") ? example.get("d") : example;
            String number = erp.equals("odoo") ? po.get("name").asText() : po.get("PurchaseOrder").asText();
            given().contentType(ContentType.JSON).body(example.toString())
                    .when().put("/api/v1/orders/" + number + "?format=" + erp + "&buyerCountry=DE").then().statusCode(201)
                    .body("format", equalTo(erp)).body("erpKeys", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
            booked.put(number, erp);
        }
        for (String number : booked.keySet()) {
            JsonPath order = asReader().when().get("/api/v1/orders/" + number).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(order.getString("latestScore.asOf")).as("%s was stored before the order book's day turned (the stack "
                    + "took longer than %s to start)", number, Stack.DAY_TURNS_AFTER).isEqualTo(Stack.DAY_TURNS_TO.minusDays(1).toString());
            assertThat(order.getList("latestScore.controls")).as(number).doesNotContain("CN-2025-61");
        }
        asReader().when().get("/api/v1/orders?material=DY&limit=500").then().statusCode(200)
                .body("poNumber", hasItems(booked.keySet().toArray(new String[0])));
    }

    @Test
    @Order(3)
    void aNewControlReScoresEveryStoredOrder() throws Exception {
        feedCursor = feedEnd(null);
        // in force only in November 2026, so that the other tests, which score as of other days, do not see it
        long before = given().when().get("/api/v1/orders/PO-E2E-1").then().extract().jsonPath().getLong("latestScore.datasetVersion");
        given().contentType(ContentType.JSON).body("""
                {"id":"E2E-PR-LICENCE","issuer":"CN","instrument":"e2e test control","title":"Licence on praseodymium magnets",
                 "measure":"LICENCE","direction":"EXPORT","materials":["PR"],"forms":["MAGNET"],"targetCountries":["ALL"],
                 "endUse":"ANY","effectiveFrom":"2026-11-01","ended":"2026-11-30","sourceId":"COMPILED-ESTIMATE"}""")
                .when().post("/api/v1/export-controls").then().statusCode(201);
        for (String number : booked.keySet()) {
            // (a score on a version between the read above and the control's is possible too, so the control decides)
            JsonPath order = await(number, o -> o.getList("latestScore.controls").contains("E2E-PR-LICENCE"),
                    java.time.Duration.ofSeconds(60));
            assertThat(order.getLong("latestScore.datasetVersion")).as(number).isGreaterThan(before);
            given().when().get("/api/v1/orders/" + number + "/scores").then().statusCode(200)
                    .body("[0].cause", equalTo("DATASET")).body("[-1].cause", equalTo("STORED"));
        }
        // the change feed names the control for the orders it reaches (praseodymium magnets), and only for those
        List<JsonNode> events = feedAfter(feedCursor, e -> e.get("type").asText().equals("order.control.reached")
                && e.at("/data/controls/added").toString().contains("E2E-PR-LICENCE"), booked.size() + 1);
        List<String> reached = events.stream().map(e -> e.at("/data/order/poNumber").asText()).toList();
        assertThat(reached).containsAll(booked.keySet()).contains("PO-DEMO-001").doesNotContain("PO-DEMO-002", "PO-DEMO-003");
        JsonNode one = events.get(0);
        // the same events reach the receiver, signed (checked with the Standard Webhooks library), as webhook-ids
        List<String> ids = events.stream().map(e -> e.get("id").asText()).toList();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!receiver.received.stream().map(r -> r.header("webhook-id")).toList().containsAll(ids) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        for (org.procrisk.testing.WebhookReceiver.Received r : receiver.at("/alerts")) {
            org.assertj.core.api.Assertions.assertThatCode(() -> new com.standardwebhooks.Webhook(webhookSecret).verify(r.body(), r.headers()))
                    .doesNotThrowAnyException();
            assertThat(JSON.readTree(r.body()).get("id").asText()).isEqualTo(r.header("webhook-id"));
        }
        assertThat(receiver.received.stream().map(r -> r.header("webhook-id")).toList()).containsAll(ids);
        assertThat(one.at("/data/cause/kind").asText()).isEqualTo("DATASET");
        assertThat(one.at("/data/cause/writes").toString()).contains("\"resourceId\":\"E2E-PR-LICENCE\"");
        feedCursor = feedEnd(feedCursor);
    }

    /** Reads the change feed as a reader from a cursor to its end; answers the last cursor. */
    private static String feedEnd(String cursor) {
        while (true) {
            JsonPath page = asReader().queryParam("limit", 1000).queryParam("after", cursor == null ? "" : cursor)
                    .when().get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            if (page.getList("events").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }

    /** The feed's events after a cursor that match, once at least {@code count} of them have come. */
    private static List<JsonNode> feedAfter(String cursor, java.util.function.Predicate<JsonNode> match, int count)
            throws InterruptedException {
        List<JsonNode> found = new ArrayList<>();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            String body = asReader().queryParam("limit", 1000).queryParam("after", cursor)
                    .when().get("/api/v1/events").then().statusCode(200).extract().asString();
            try {
                JsonNode page = JSON.readTree(body);
                page.get("events").forEach(e -> {
                    if (match.test(e)) {
                        found.add(e);
                    }
                });
                cursor = page.get("next").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Thread.sleep(250);
        }
        return found;
    }

    @Test
    @Order(10)
    void theDayTurningPastTheSuspensionsEndReScoresEveryStoredOrder() throws InterruptedException {
        for (String number : booked.keySet()) {
            JsonPath order = await(number, o -> o.getString("latestScore.asOf").equals(Stack.DAY_TURNS_TO.toString()),
                    Stack.DAY_TURNS_AFTER.plusSeconds(120));
            // CN-2025-61 covers the rotor magnet's dysprosium; its suspension ended on 2026-11-10
            assertThat(order.getList("latestScore.controls")).as(number).contains("CN-2025-61");
            given().when().get("/api/v1/orders/" + number + "/scores").then().statusCode(200)
                    .body("[0].cause", equalTo("DATE")).body("cause", hasItems("DATASET")).body("[-1].cause", equalTo("STORED"))
                    .body("[0].asOf", equalTo(Stack.DAY_TURNS_TO.toString()));
        }
        // with no write: the feed says the suspension's control reached each order because the day turned
        List<JsonNode> events = feedAfter(feedCursor, e -> e.get("type").asText().equals("order.control.reached")
                && e.at("/data/controls/added").toString().contains("CN-2025-61"), booked.size());
        assertThat(events.stream().map(e -> e.at("/data/order/poNumber").asText()).toList()).containsAll(booked.keySet());
        assertThat(events).allMatch(e -> e.at("/data/cause/kind").asText().equals("DATE")
                && e.at("/data/cause/asOf/to").asText().equals(Stack.DAY_TURNS_TO.toString()));
    }

    /** The demo reader key in place of the admin key every other request sends. */
    private static io.restassured.specification.RequestSpecification asReader() {
        return given().config(RestAssured.config().headerConfig(io.restassured.config.HeaderConfig.headerConfig()
                .overwriteHeadersWithName("X-API-Key"))).header("X-API-Key", "procrisk-demo-reader");
    }

    private static JsonPath await(String number, java.util.function.Predicate<JsonPath> done, java.time.Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            JsonPath order = given().when().get("/api/v1/orders/" + number).then().statusCode(200).extract().jsonPath();
            if (done.test(order)) {
                return order;
            }
            assertThat(System.nanoTime()).as("%s not re-scored within %s: %s", number, patience, order.prettify()).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    void stopWithCtrlC() {
        if (receiver != null) {
            receiver.close();
        }
        assertThat(stack.stop()).as("script stopped within 90 s; output:%n%s", stack.output()).isTrue();
        assertThat(stack.output()).contains("[run-stack] stopped");
        assertThat(stack.children()).noneMatch(ProcessHandle::isAlive);
        for (int port : new int[] {stack.gateway, stack.supplier, stack.scoring, stack.db}) {
            assertThat(Ports.listening(port)).as("port %d still open", port).isFalse();
        }
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(stack.runDir.toString())).orElse(false))
                .toList()).isEmpty();
    }

    private static void createFixtures(JsonNode registry) {
        // Location names the gateway the caller used, never the service behind it.
        registry.path("suppliers").forEach(s -> given().contentType(ContentType.JSON).body(s.toString())
                .when().post("/api/v1/suppliers").then().statusCode(201)
                .header("Location", startsWith(RestAssured.baseURI + "/api/v1/suppliers/")));
        registry.path("parts").forEach(p -> given().contentType(ContentType.JSON).body(p.toString())
                .when().post("/api/v1/parts").then().statusCode(201));
        registry.path("declarations").forEach(d -> given().contentType(ContentType.JSON).body(d.toString())
                .when().post("/api/v1/declarations").then().statusCode(201));
    }

    private static void assertMatches(JsonNode example, JsonPath answer) {
        JsonNode want = example.get("expected");
        String name = example.get("name").asText();
        for (String field : List.of("totalValue", "controlValueAtRisk", "singleCountryRefiningValue", "coverage")) {
            assertThat(new BigDecimal(answer.getString(field))).as(name + " " + field)
                    .isEqualByComparingTo(want.get(field).asText());
        }
        assertThat(answer.getInt("score")).as(name + " score").isEqualTo(want.get("score").asInt());
        assertThat(answer.getString("riskTier")).as(name).isEqualTo(want.get("riskTier").asText());
        for (int i = 0; i < want.get("lines").size(); i++) {
            JsonNode line = want.get("lines").get(i);
            String at = "lines[" + i + "].";
            assertThat(answer.getBoolean(at + "scored")).as(name).isEqualTo(line.get("scored").asBoolean());
            assertThat(answer.getList(at + "flags")).as(name + " flags").isEqualTo(texts(line.get("flags")));
            if (line.get("scored").asBoolean()) {
                for (String p : List.of("controlProbability", "concentration", "risk")) {
                    assertThat(new BigDecimal(answer.getString(at + p))).as(name + " " + p)
                            .isEqualByComparingTo(line.get(p).asText());
                }
                assertThat(answer.getList(at + "controls.id")).as(name + " controls").isEqualTo(texts(line.get("controls")));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode examples() throws IOException {
        try (InputStream in = StackIT.class.getResourceAsStream("/method/examples.json")) {
            return JSON.readTree(in);
        }
    }
}
