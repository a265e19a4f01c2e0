package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.procrisk.supplier.service.EventSequencer;
import org.procrisk.supplier.service.OrderRescoring;
import org.procrisk.supplier.testing.FakeScoring;
import org.procrisk.supplier.testing.FakeScoringResource;
import org.procrisk.supplier.testing.InjectFakeScoring;
import org.procrisk.supplier.testing.MovableClock;
import org.procrisk.supplier.testing.OrderBookClock;
import org.procrisk.testing.MariaDbTestResource;

/** The change feed: the events of a re-score, for the orders it changed and only those, in commit order. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(FakeScoringResource.class)
class EventFeedTest {

    @Inject
    AgroalDataSource db;

    @Inject
    OrderRescoring rescoring;

    @Inject
    EventSequencer sequencer;

    @InjectFakeScoring
    FakeScoring scoring;

    MovableClock clock;

    @BeforeEach
    void setUp() throws SQLException {
        clock = OrderBookClock.install(Instant.parse("2026-11-09T12:00:00Z"), scoring, db);
        rescoring.runOnce();
        sequencer.sequence();
    }

    /** Reads the feed to its end from a cursor; answers the events read and the last cursor. */
    private static List<JsonPath> readAll(String[] cursor) {
        List<JsonPath> events = new ArrayList<>();
        while (true) {
            JsonPath page = given().queryParam("limit", 1000).queryParam("after", cursor[0]).when().get("/api/v1/events")
                    .then().statusCode(200).extract().jsonPath();
            List<Object> list = page.getList("events");
            String next = page.getString("next");
            assertThat(next).isNotBlank();
            for (int i = 0; i < list.size(); i++) {
                events.add(new JsonPath(page.prettify()).setRootPath("events[" + i + "]"));
            }
            if (list.isEmpty()) {
                assertThat(next).as("next stays put while nothing is new").isEqualTo(cursor[0]);
                return events;
            }
            cursor[0] = next;
        }
    }

    private static String start() {
        String[] cursor = {given().queryParam("limit", 1).when().get("/api/v1/events").then().statusCode(200)
                .extract().path("next")};
        readAll(cursor);
        return cursor[0];
    }

    @Test
    void theDayTurningPastAControlsStartMakesEventsForTheOrdersItReachesOnly() {
        String[] cursor = {start()};
        String gallium = Fixtures.unique("PO");
        String plain = Fixtures.unique("PO");
        String line = "{\"lineNumber\":1,\"quantity\":10,\"unitPrice\":4.00,"
                + "\"composition\":[{\"material\":\"GA\",\"form\":\"COMPOUND\",\"massKgPerUnit\":0.0004}]}";
        given().contentType(ContentType.JSON).body("{\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[" + line + "]}")
                .when().put("/api/v1/orders/" + gallium).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[{\"lineNumber\":1,"
                + "\"partNumber\":\"P-1\",\"quantity\":1,\"unitPrice\":1}]}").when().put("/api/v1/orders/" + plain).then().statusCode(201);
        assertThat(readAll(cursor)).as("storing an order is no event").isEmpty();

        clock.set(Instant.parse("2026-11-10T00:00:05Z"));
        rescoring.runOnce();
        List<JsonPath> events = readAll(cursor).stream().filter(e -> e.getString("data.order.poNumber").equals(gallium)
                || e.getString("data.order.poNumber").equals(plain)).toList();
        assertThat(events).extracting(e -> e.getString("type")).containsExactly("order.risk.changed", "order.control.reached");
        assertThat(events).allMatch(e -> e.getString("data.order.poNumber").equals(gallium));
        JsonPath reached = events.get(1);
        assertThat(reached.getInt("data.before.score")).isEqualTo(10);
        assertThat(reached.getInt("data.after.score")).isEqualTo(50);
        assertThat(reached.getList("data.controls.added")).containsExactly(FakeScoring.CONTROL);
        assertThat(reached.getString("data.cause.kind")).isEqualTo("DATE");
        assertThat(reached.getString("data.cause.asOf.to")).isEqualTo("2026-11-10");
        assertThat(reached.getString("id")).startsWith("evt_");
    }

    @Test
    void anEventWhoseTransactionCommitsLateComesAfterWhatWasReadNeverSkipped() throws SQLException {
        String[] cursor = {start()};
        try (Connection late = db.getConnection(); Connection early = db.getConnection()) {
            late.setAutoCommit(false);
            insert(late, "evt_late_" + System.nanoTime(), "PO-LATE");   // the lower id, still uncommitted
            insert(early, "evt_early_" + System.nanoTime(), "PO-EARLY"); // autocommit: visible at once
            sequencer.sequence();
            assertThat(readAll(cursor)).extracting(e -> e.getString("data.order.poNumber")).containsExactly("PO-EARLY");
            late.commit();
        }
        sequencer.sequence();
        assertThat(readAll(cursor)).extracting(e -> e.getString("data.order.poNumber")).containsExactly("PO-LATE");
    }

    @Test
    void aCursorThisApiDidNotIssueIsRefusedByName() {
        given().queryParam("after", "bm9wZQ").when().get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().queryParam("limit", 0).when().get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private static void insert(Connection c, String id, String po) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO order_event (event_id, type, po_number, created_at, body) "
                + "VALUES (?, 'order.risk.changed', ?, CURRENT_TIMESTAMP(3), ?)")) {
            s.setString(1, id);
            s.setString(2, po);
            s.setString(3, "{\"id\":\"" + id + "\",\"type\":\"order.risk.changed\",\"timestamp\":\"2026-11-10T00:00:00Z\","
                    + "\"data\":{\"order\":{\"poNumber\":\"" + po + "\"}}}");
            s.executeUpdate();
        }
    }
}
