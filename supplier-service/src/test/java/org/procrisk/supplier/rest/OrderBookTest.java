package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.procrisk.supplier.service.OrderRescoring;
import org.procrisk.supplier.testing.FakeScoring;
import org.procrisk.supplier.testing.FakeScoringResource;
import org.procrisk.supplier.testing.InjectFakeScoring;
import org.procrisk.supplier.testing.MovableClock;
import org.procrisk.supplier.testing.OrderBookClock;
import org.procrisk.testing.MariaDbTestResource;

/**
 * The order book against a scoring-service stand-in whose scores are worked out by hand (FakeScoring:
 * 10 points a line, 40 more for a gallium line once control CN-2025-61 applies on 2026-11-10).
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(FakeScoringResource.class)
class OrderBookTest {

    private static final Instant NOV_9 = Instant.parse("2026-11-09T12:00:00Z");
    private static final Instant NOV_10 = Instant.parse("2026-11-10T00:00:05Z");

    @Inject
    AgroalDataSource db;

    @Inject
    OrderRescoring rescoring;

    @InjectFakeScoring
    FakeScoring scoring;

    MovableClock clock;

    @BeforeEach
    void setUp() throws SQLException {
        clock = OrderBookClock.install(NOV_9, scoring, db);
        // what other tests left due is scored now, so that each test sees only its own work
        rescoring.runOnce();
    }

    @AfterEach
    void upToDate() throws SQLException {
        scoring.datasetVersion.set(datasetVersion());
    }

    private static String order(String poNumber, String... lines) {
        return "{" + (poNumber == null ? "" : "\"poNumber\":\"" + poNumber + "\",") + "\"buyerCountry\":\"DE\",\"currency\":\"EUR\","
                + "\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String partLine(int n, String part, String supplier) {
        return "{\"lineNumber\":" + n + ",\"partNumber\":\"" + part + "\",\"supplierId\":\"" + supplier + "\",\"quantity\":100,\"unitPrice\":2.50}";
    }

    private static String galliumLine(int n) {
        return "{\"lineNumber\":" + n + ",\"quantity\":10,\"unitPrice\":4.00,"
                + "\"composition\":[{\"material\":\"GA\",\"form\":\"COMPOUND\",\"massKgPerUnit\":0.0004}]}";
    }

    private static ValidatableResponse put(String poNumber, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/api/v1/orders/" + poNumber).then();
    }

    @Test
    void anOrderIsCreatedReplacedAndReadWithItsLatestScore() {
        String po = Fixtures.unique("PO");
        put(po, order(null, partLine(10, "P-1", "V-1"), galliumLine(20))).statusCode(201)
                .header("ETag", "\"1\"").header("Location", containsString("/api/v1/orders/" + po))
                .body("poNumber", equalTo(po)).body("status", equalTo("OPEN")).body("format", equalTo("native"))
                .body("order.poNumber", equalTo(po)).body("order.lines.size()", equalTo(2))
                .body("latestScore.score", equalTo(20)).body("latestScore.riskTier", equalTo("LOW"))
                .body("latestScore.totalValue", equalTo(290.0f)).body("latestScore.valueAtRisk", equalTo(58.0f))
                .body("latestScore.asOf", equalTo("2026-11-09")).body("latestScore.cause", equalTo("STORED"))
                .body("latestScore.currency", equalTo("EUR"));

        // the same order again changes nothing
        put(po, order(po, partLine(10, "P-1", "V-1"), galliumLine(20))).statusCode(200).header("ETag", "\"1\"");
        put(po, order(po, partLine(10, "P-1", "V-1"))).statusCode(200).header("ETag", "\"2\"")
                .body("latestScore.score", equalTo(10)).body("latestScore.cause", equalTo("REPLACED"));
        given().when().get("/api/v1/orders/" + po).then().statusCode(200).header("ETag", "\"2\"")
                .body("order.lines.size()", equalTo(1));
        given().when().get("/api/v1/orders/" + po + "/scores").then().statusCode(200)
                .body("cause", equalTo(List.of("REPLACED", "STORED"))).body("score", equalTo(List.of(10, 20)));
    }

    @Test
    void ifMatchAndIfNoneMatchMakeWritesConditional() {
        String po = Fixtures.unique("PO");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(order(null, galliumLine(1)))
                .when().put("/api/v1/orders/" + po).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-None-Match", "*").body(order(null, galliumLine(1)))
                .when().put("/api/v1/orders/" + po).then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-None-Match", "*").body(order(null, galliumLine(2)))
                .when().put("/api/v1/orders/" + po).then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(order(null, galliumLine(2)))
                .when().put("/api/v1/orders/" + po).then().statusCode(412).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(order(null, galliumLine(2)))
                .when().put("/api/v1/orders/" + po).then().statusCode(200).header("ETag", "\"2\"");
        given().header("If-Match", "\"1\"").when().delete("/api/v1/orders/" + po).then().statusCode(412);
    }

    @Test
    void aBadOrderIsRefusedWholeWithEveryFieldNamed() {
        String po = Fixtures.unique("PO");
        put(po, "{\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"asOf\":\"2026-01-01\",\"lines\":[" + galliumLine(1) + "]}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("asOf")));
        put(po, "{\"currency\":\"EURO\",\"lines\":[{\"lineNumber\":0,\"quantity\":-1,\"unitPrice\":1}]}").statusCode(400)
                .body("errors.field", hasItem("buyerCountry")).body("errors.field", hasItem("currency"))
                .body("errors.field", hasItem("lines[0].lineNumber")).body("errors.field", hasItem("lines[0].quantity"));
        put(po, order("OTHER-1", galliumLine(1))).statusCode(400).body("errors.field", equalTo(List.of("poNumber")));
        put(po, order(null, partLine(1, "UNSCORABLE", "V-1"))).statusCode(422)
                .body("errors.field", equalTo(List.of("lines[0].partNumber")));
        given().contentType(ContentType.JSON).body(order(null, galliumLine(1))).when().put("/api/v1/orders/" + po + "?format=ariba")
                .then().statusCode(400).body("errors.field", equalTo(List.of("format")));
        scoring.down = true;
        put(po, order(null, galliumLine(1))).statusCode(503).contentType("application/problem+json");
        given().when().get("/api/v1/orders/" + po).then().statusCode(404);
    }

    @Test
    void anSapOrderIsKeptInNativeFormWithItsItemKeys() {
        String po = "45" + (System.nanoTime() % 100_000_000L);
        String sap = "{\"d\":{\"PurchaseOrder\":\"" + po + "\",\"Supplier\":\"V-10042\",\"DocumentCurrency\":\"EUR\","
                + "\"to_PurchaseOrderItem\":{\"results\":[{\"PurchaseOrderItem\":\"00010\",\"Material\":\"MAG-ROTOR-48\","
                + "\"OrderQuantity\":\"1000\",\"NetPriceAmount\":\"12.40\"}]}}}";
        given().contentType(ContentType.JSON).body(sap).when().put("/api/v1/orders/" + po + "?format=sap-v2").then()
                .statusCode(201).body("format", equalTo("sap-v2")).body("erpKeys", equalTo(List.of("00010")))
                .body("order.lines[0].partNumber", equalTo("MAG-ROTOR-48")).body("latestScore.score", equalTo(10));
        given().contentType(ContentType.JSON).body(sap).when().put("/api/v1/orders/OTHER-" + po + "?format=sap-v2").then()
                .statusCode(400).body("errors.field", equalTo(List.of("PurchaseOrder")));
        given().contentType(ContentType.JSON).body(sap.replace("\"DocumentCurrency\":\"EUR\",", ""))
                .when().put("/api/v1/orders/" + po + "?format=sap-v2").then()
                .statusCode(400).body("errors.field", equalTo(List.of("DocumentCurrency")));
    }

    @Test
    void aClosedOrderKeepsItsHistoryIsNotRescoredAndIsReopenedByAPut() throws SQLException {
        String po = Fixtures.unique("PO");
        put(po, order(null, galliumLine(1))).statusCode(201);
        given().when().delete("/api/v1/orders/" + po).then().statusCode(204);
        given().when().delete("/api/v1/orders/" + po).then().statusCode(204);
        given().when().get("/api/v1/orders/" + po).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", containsString("T")).header("ETag", "\"2\"");
        clock.set(NOV_10);
        rescoring.runOnce();
        given().when().get("/api/v1/orders/" + po).then().body("latestScore.asOf", equalTo("2026-11-09"));
        put(po, order(null, galliumLine(1))).statusCode(200).body("status", equalTo("OPEN"))
                .body("latestScore.cause", equalTo("REOPENED")).body("latestScore.score", equalTo(50));
        given().when().get("/api/v1/orders/" + po + "/scores").then().body("cause", equalTo(List.of("REOPENED", "STORED")));
    }

    @Test
    void openOrdersAreRescoredWhenTheDatasetChangesAndWhenTheDayTurns() throws SQLException {
        String po = Fixtures.unique("PO");
        put(po, order(null, galliumLine(1), partLine(2, "P-2", "V-2"))).statusCode(201).body("latestScore.score", equalTo(20));
        long before = datasetVersion();

        Fixtures.createSupplier(Fixtures.unique("V"), "CN");
        long after = datasetVersion();
        assertThat(after).isGreaterThan(before);
        scoring.datasetVersion.set(after);
        assertThat(rescoring.runOnce().rescored()).isEqualTo(openOrders());
        given().when().get("/api/v1/orders/" + po).then().body("latestScore.datasetVersion", equalTo((int) after))
                .body("latestScore.score", equalTo(20)).body("latestScore.cause", equalTo("STORED"));
        // the same score on new data is not a change
        given().when().get("/api/v1/orders/" + po + "/scores").then().body("size()", equalTo(1));

        clock.set(NOV_10);
        int scored = scoring.ordersScored.get();
        rescoring.runOnce();
        given().when().get("/api/v1/orders/" + po).then().body("latestScore.asOf", equalTo("2026-11-10"))
                .body("latestScore.score", equalTo(60)).body("latestScore.riskTier", equalTo("HIGH"))
                .body("latestScore.controls", equalTo(List.of(FakeScoring.CONTROL)));
        given().when().get("/api/v1/orders/" + po + "/scores").then()
                .body("cause", equalTo(List.of("DATE", "STORED"))).body("score", equalTo(List.of(60, 20)))
                .body("[0].asOf", equalTo("2026-11-10")).body("[1].asOf", equalTo("2026-11-09"));
        assertThat(scoring.ordersScored.get() - scored).isEqualTo(openOrders());

        // nothing is due any more: no order is scored twice for the same version and day
        scored = scoring.ordersScored.get();
        assertThat(rescoring.runOnce().rescored()).isZero();
        assertThat(scoring.ordersScored.get()).isEqualTo(scored);
    }

    @Test
    void aScoringServiceBehindTheRegistryIsAskedToRefreshAndWaitedFor() throws SQLException {
        String po = Fixtures.unique("PO");
        put(po, order(null, galliumLine(1))).statusCode(201);
        long old = scoring.datasetVersion.get();
        Fixtures.createSupplier(Fixtures.unique("V"), "CN");
        int refreshes = scoring.refreshes.get();

        assertThat(rescoring.runOnce().rescored()).isZero();
        assertThat(scoring.refreshes.get()).isGreaterThan(refreshes);
        given().when().get("/api/v1/orders/" + po).then().body("latestScore.datasetVersion", equalTo((int) old));
        assertThat(count("SELECT COUNT(*) FROM purchase_order WHERE claim IS NOT NULL")).isZero();

        scoring.versionAfterRefresh.set(datasetVersion());
        assertThat(rescoring.runOnce().rescored()).isEqualTo(openOrders());
        given().when().get("/api/v1/orders/" + po).then().body("latestScore.datasetVersion", equalTo((int) datasetVersion()));
    }

    @Test
    void workersInParallelNeverScoreAnOrderTwiceAndAnAbandonedLeaseIsTakenOver() throws Exception {
        StringBuilder bulk = new StringBuilder("[");
        for (int i = 0; i < 1200; i++) {
            bulk.append(i == 0 ? "" : ",").append(order(Fixtures.unique("BULK"), galliumLine(1), partLine(2, "P-" + i, "V-9")));
        }
        given().contentType(ContentType.JSON).body(bulk.append("]").toString()).when().put("/api/v1/orders:bulk")
                .then().statusCode(200).body("created", equalTo(1200));
        // a worker that died holding a lease, and one that is still working on its own
        execute("UPDATE purchase_order SET claim = 'dead-worker', claim_until = '2020-01-01' WHERE po_number LIKE 'BULK-%' "
                + "ORDER BY id LIMIT 10");
        execute("UPDATE purchase_order SET claim = 'live-worker', claim_until = '2037-01-01' WHERE claim IS NULL "
                + "AND po_number LIKE 'BULK-%' ORDER BY id LIMIT 5");

        clock.set(NOV_10);
        int scored = scoring.ordersScored.get();
        long due = openOrders();
        // two passes at once, as two replicas would run them, each with its own workers
        CompletableFuture<OrderRescoring.Pass> a = CompletableFuture.supplyAsync(rescoring::runOnce);
        CompletableFuture<OrderRescoring.Pass> b = CompletableFuture.supplyAsync(rescoring::runOnce);
        int total = a.get().rescored() + b.get().rescored();
        assertThat(total).isEqualTo(due - 5);
        assertThat(scoring.ordersScored.get() - scored).isEqualTo(due - 5);
        assertThat(count("SELECT COUNT(*) FROM purchase_order WHERE status = 'OPEN' AND scored_as_of = '2026-11-09'")).isEqualTo(5);
        execute("UPDATE purchase_order SET claim = NULL, claim_until = NULL WHERE claim = 'live-worker'");
        assertThat(rescoring.runOnce().rescored()).isEqualTo(5);
    }

    @Test
    void aBulkWriteIsAllOrNothing() {
        String a = Fixtures.unique("PO");
        String b = Fixtures.unique("PO");
        String two = "[" + order(a, galliumLine(1)) + "," + order(b, galliumLine(1), galliumLine(2)) + "]";
        given().contentType(ContentType.JSON).body(two).when().put("/api/v1/orders:bulk").then().statusCode(200)
                .body("created", equalTo(2)).body("replaced", equalTo(0)).body("unchanged", equalTo(0));
        given().contentType(ContentType.JSON).body(two).when().put("/api/v1/orders:bulk").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));

        String c = Fixtures.unique("PO");
        String bad = "[" + order(a, galliumLine(1), galliumLine(2)) + "," + order(c, partLine(1, "UNSCORABLE", "V-1")) + "]";
        given().contentType(ContentType.JSON).body(bad).when().put("/api/v1/orders:bulk").then().statusCode(422)
                .body("errors.field", equalTo(List.of("[1].lines[0].partNumber")));
        given().when().get("/api/v1/orders/" + a).then().body("version", equalTo(1));
        given().when().get("/api/v1/orders/" + c).then().statusCode(404);

        given().contentType(ContentType.JSON).body("[" + order(a, galliumLine(1)) + "," + order(a, galliumLine(2)) + ","
                        + order(null, galliumLine(1)) + "]")
                .when().put("/api/v1/orders:bulk").then().statusCode(400)
                .body("errors.field", equalTo(List.of("[1].poNumber", "[2].poNumber")));
        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{}");
        }
        given().contentType(ContentType.JSON).body(tooMany.append("]").toString()).when().put("/api/v1/orders:bulk")
                .then().statusCode(413);
    }

    @Test
    void theListFiltersByTierMaterialSupplierControlAndChangeTime() throws SQLException {
        String part = Fixtures.unique("DY-PART");
        Fixtures.createPart(part, Fixtures.MAGNET);
        String supplier = Fixtures.unique("V");
        String magnets = Fixtures.unique("PO");
        String gallium = Fixtures.unique("PO");
        put(magnets, order(null, partLine(1, part, supplier))).statusCode(201);
        put(gallium, order(null, galliumLine(1), galliumLine(2))).statusCode(201);

        assertThat(list("material=DY&supplier=" + supplier)).containsExactly(magnets);
        assertThat(list("material=GA")).contains(gallium).doesNotContain(magnets);
        assertThat(list("supplier=" + supplier)).containsExactly(magnets);
        assertThat(list("control=" + FakeScoring.CONTROL)).doesNotContain(gallium);

        clock.set(NOV_10);
        Instant since = NOV_10.minusSeconds(1);
        scoring.datasetVersion.set(datasetVersion());
        rescoring.runOnce();
        assertThat(list("control=" + FakeScoring.CONTROL)).contains(gallium).doesNotContain(magnets);
        assertThat(list("tier=HIGH,CRITICAL&material=GA")).contains(gallium);
        assertThat(list("tier=LOW&supplier=" + supplier)).containsExactly(magnets);
        assertThat(list("changedSince=" + since + "&material=GA")).contains(gallium);
        assertThat(list("changedSince=" + since + "&supplier=" + supplier)).isEmpty();

        String next = given().queryParam("material", "GA").queryParam("limit", 1).when().get("/api/v1/orders")
                .then().statusCode(200).body("size()", equalTo(1)).extract().header("Link");
        assertThat(next).contains("rel=\"next\"").contains("cursor=");
        given().queryParam("tier", "SEVERE").queryParam("changedSince", "yesterday").queryParam("status", "ALL")
                .when().get("/api/v1/orders").then().statusCode(400)
                .body("errors.field", equalTo(List.of("status", "tier", "changedSince")));
    }

    private static List<String> list(String query) {
        return given().when().get("/api/v1/orders?limit=500&" + query).then().statusCode(200).extract().jsonPath().getList("poNumber");
    }

    private long datasetVersion() throws SQLException {
        return count("SELECT version FROM dataset_version WHERE id = 1");
    }

    private long openOrders() throws SQLException {
        return count("SELECT COUNT(*) FROM purchase_order WHERE status = 'OPEN'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
