package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import com.standardwebhooks.Webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.procrisk.supplier.service.OrderRescoring;
import org.procrisk.supplier.service.WebhookDispatcher;
import org.procrisk.supplier.testing.FakeScoring;
import org.procrisk.supplier.testing.FakeScoringResource;
import org.procrisk.supplier.testing.InjectFakeScoring;
import org.procrisk.supplier.testing.MovableClock;
import org.procrisk.supplier.testing.OrderBookClock;
import org.procrisk.testing.MariaDbTestResource;
import org.procrisk.testing.WebhookReceiver;

/**
 * Order events delivered to a receiver on loopback as Standard Webhooks, checked with the Standard Webhooks
 * library; the retries here are 200 and 400 ms (configured for tests), then the subscription is disabled.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(FakeScoringResource.class)
class WebhookTest {

    private static final String GALLIUM = "{\"lineNumber\":1,\"quantity\":10,\"unitPrice\":4.00,"
            + "\"composition\":[{\"material\":\"GA\",\"form\":\"COMPOUND\",\"massKgPerUnit\":0.0004}]}";

    @Inject
    AgroalDataSource db;

    @Inject
    OrderRescoring rescoring;

    @Inject
    WebhookDispatcher dispatcher;

    @InjectFakeScoring
    FakeScoring scoring;

    MovableClock clock;
    WebhookReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        clock = OrderBookClock.install(Instant.parse("2026-11-09T12:00:00Z"), scoring, db);
        // each test here turns the day for orders of its own, and its receiver hears of those only
        execute("UPDATE purchase_order SET status = 'CLOSED' WHERE status = 'OPEN'");
        execute("UPDATE webhook_subscription SET status = 'DISABLED'");
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        scoring.controlFrom = java.time.LocalDate.of(2026, 11, 10);
    }

    private static JsonPath subscribe(String url, String... types) {
        return given().contentType(ContentType.JSON).body("{\"url\":\"" + url + "\",\"eventTypes\":[\"" + String.join("\",\"", types)
                + "\"]}").when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    /** Stores a gallium order on 2026-11-09 and turns the day: order.risk.changed and order.control.reached. */
    private String galliumOrderReachedByTheDay() {
        String po = Fixtures.unique("PO");
        given().contentType(ContentType.JSON).body("{\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[" + GALLIUM + "]}")
                .when().put("/api/v1/orders/" + po).then().statusCode(201);
        clock.set(Instant.parse("2026-11-10T00:00:05Z"));
        rescoring.runOnce();
        return po;
    }

    private static void verify(String secret, WebhookReceiver.Received r) {
        assertThatCode(() -> new Webhook(secret).verify(r.body(), r.headers())).as("signature of %s", r.header("webhook-id"))
                .doesNotThrowAnyException();
    }

    @Test
    void eachEventOfTheSubscribedTypesArrivesSignedWithTheEventsIdAsWebhookId() throws Exception {
        JsonPath hook = subscribe(receiver.url("/hook"), "order.control.reached");
        String secret = hook.getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        given().when().get("/api/v1/webhooks/" + hook.getString("id")).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("secret", equalTo(null));

        String po = galliumOrderReachedByTheDay();
        dispatcher.drain();

        List<WebhookReceiver.Received> got = receiver.at("/hook");
        assertThat(got).hasSize(1);
        WebhookReceiver.Received r = got.get(0);
        verify(secret, r);
        JsonPath body = new JsonPath(r.body());
        assertThat(body.getString("type")).isEqualTo("order.control.reached");
        assertThat(body.getString("data.order.poNumber")).isEqualTo(po);
        assertThat(r.header("webhook-id")).isEqualTo(body.getString("id"));
        assertThat(Long.parseLong(r.header("webhook-timestamp"))).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
        assertThatCode(() -> new Webhook("whsec_" + Base64.getEncoder().encodeToString(new byte[32])).verify(r.body(), r.headers()))
                .as("another secret").isInstanceOf(Exception.class);
        given().when().get("/api/v1/webhooks/" + hook.getString("id") + "/deliveries").then().statusCode(200)
                .body("[0].status", equalTo("DELIVERED")).body("[0].eventId", equalTo(body.getString("id")));
    }

    @Test
    void aReceiverThatIsDownIsRetriedWithTheSameIdAndA410DisablesTheSubscription() throws Exception {
        JsonPath down = subscribe(receiver.url("/down"), "order.risk.changed");
        String secret = down.getString("secret");
        receiver.answers.add(503);
        galliumOrderReachedByTheDay();
        dispatcher.drain();
        assertThat(receiver.at("/down")).hasSize(1);
        // the retry is due 200 ms later (the test profile's first delay)
        drainUntil(() -> receiver.at("/down").size() >= 2);
        List<WebhookReceiver.Received> got = receiver.at("/down");
        assertThat(got).hasSize(2);
        assertThat(got.get(1).header("webhook-id")).as("a retry is the same message").isEqualTo(got.get(0).header("webhook-id"));
        got.forEach(r -> verify(secret, r));

        given().when().post("/api/v1/webhooks/" + down.getString("id") + ":disable").then().statusCode(200)
                .body("status", equalTo("DISABLED")).body("disabledReason", equalTo("disabled by an admin"));
        String gone = subscribe(receiver.url("/gone"), "order.risk.changed").getString("id");
        receiver.answers.add(410);
        // a control that starts a day later, for an order stored on 2026-11-10
        scoring.controlFrom = java.time.LocalDate.of(2026, 11, 11);
        given().contentType(ContentType.JSON).body("{\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[" + GALLIUM + "]}")
                .when().put("/api/v1/orders/" + Fixtures.unique("PO")).then().statusCode(201);
        clock.set(Instant.parse("2026-11-11T00:00:05Z"));
        rescoring.runOnce();
        dispatcher.drain();
        given().when().get("/api/v1/webhooks/" + gone).then().body("status", equalTo("DISABLED"))
                .body("disabledReason", equalTo("the receiver answered 410 Gone"));
        given().queryParam("status", "FAILED").when().get("/api/v1/webhooks/" + gone + "/deliveries").then()
                .body("[0].lastStatus", equalTo(410));
    }

    @Test
    void redirectsAreNotFollowedAndAfterTheLastRetryTheSubscriptionIsDisabledUntilReplayed() throws Exception {
        String id = subscribe(receiver.url("/moving"), "order.control.reached").getString("id");
        receiver.answers.add(302);
        receiver.answers.add(500);
        receiver.answers.add(500);
        galliumOrderReachedByTheDay();
        // the first attempt, then the retries due 200 and 400 ms after it
        drainUntil(() -> receiver.at("/moving").size() >= 3);
        dispatcher.drain();
        assertThat(receiver.at("/moving")).hasSize(3);
        assertThat(receiver.at("/moved")).as("the redirect's target").isEmpty();
        given().when().get("/api/v1/webhooks/" + id).then().body("status", equalTo("DISABLED"))
                .body("disabledReason", startsWith("deliveries failed from "));
        JsonPath failed = given().queryParam("status", "FAILED").when().get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(failed.getInt("[0].attempts")).isEqualTo(3);

        given().when().post("/api/v1/webhooks/" + id + ":enable").then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().when().post("/api/v1/webhooks/" + id + "/deliveries/" + failed.getLong("[0].id") + ":replay").then().statusCode(202);
        dispatcher.drain();
        List<WebhookReceiver.Received> got = receiver.at("/moving");
        assertThat(got).hasSize(4);
        assertThat(got.get(3).header("webhook-id")).isEqualTo(failed.getString("[0].eventId"));
        given().when().get("/api/v1/webhooks/" + id + "/deliveries").then().body("[0].status", equalTo("DELIVERED"));
    }

    @Test
    void duringARotationEachDeliveryCarriesTheNewAndThePreviousSignature() throws Exception {
        JsonPath hook = subscribe(receiver.url("/rotating"), "order.control.reached");
        String old = hook.getString("secret");
        JsonPath rotated = given().when().post("/api/v1/webhooks/" + hook.getString("id") + ":rotate-secret").then()
                .statusCode(200).extract().jsonPath();
        String fresh = rotated.getString("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        assertThat(rotated.getString("previousSecretValidUntil")).isNotNull();

        galliumOrderReachedByTheDay();
        dispatcher.drain();
        WebhookReceiver.Received r = receiver.at("/rotating").get(0);
        assertThat(r.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        verify(fresh, r);
        verify(old, r);
    }

    @Test
    void anAbandonedAttemptIsMadeAgainAndTwoDispatchersSendEachEventOnce() throws Exception {
        String id = subscribe(receiver.url("/many"), "order.control.reached").getString("id");
        for (int i = 0; i < 40; i++) {
            given().contentType(ContentType.JSON).body("{\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[" + GALLIUM + "]}")
                    .when().put("/api/v1/orders/" + Fixtures.unique("MANY")).then().statusCode(201);
        }
        clock.set(Instant.parse("2026-11-10T00:00:05Z"));
        rescoring.runOnce();
        // a sender that died mid-delivery: its lease has run out
        execute("UPDATE webhook_delivery SET claim = 'dead-sender', claim_until = '2020-01-01' WHERE status = 'PENDING' "
                + "AND subscription_id = '" + id + "' ORDER BY id LIMIT 3");
        // two replicas at once
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(this::drainQuietly);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(this::drainQuietly);
        a.get();
        b.get();
        dispatcher.drain();
        List<String> ids = receiver.at("/many").stream().map(r -> r.header("webhook-id")).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @Test
    void aSlowReceiverHoldsNeitherTheOtherReceiversNorScoring() throws Exception {
        try (WebhookReceiver slow = new WebhookReceiver()) {
            slow.delayMillis = 1_500;
            subscribe(slow.url("/slow"), "order.control.reached");
            subscribe(receiver.url("/fast"), "order.control.reached");
            for (int i = 0; i < 10; i++) {
                given().contentType(ContentType.JSON).body("{\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[" + GALLIUM + "]}")
                        .when().put("/api/v1/orders/" + Fixtures.unique("SLOW")).then().statusCode(201);
            }
            clock.set(Instant.parse("2026-11-10T00:00:05Z"));
            rescoring.runOnce();
            long started = System.nanoTime();
            // one round: the slow receiver gets at most 4 senders, the fast one the rest
            List<Future<?>> round = dispatcher.dispatch();
            while (receiver.at("/fast").size() < 4 && System.nanoTime() - started < 1_200_000_000L) {
                Thread.sleep(20);
            }
            assertThat(receiver.at("/fast")).as("fast deliveries while the slow receiver is still answering").hasSizeGreaterThanOrEqualTo(4);
            assertThat(slow.at("/slow")).hasSizeLessThanOrEqualTo(4);
            // and the API goes on answering meanwhile
            given().when().get("/api/v1/orders?limit=1").then().statusCode(200);
            for (Future<?> f : round) {
                f.get();
            }
            dispatcher.drain();
            assertThat(receiver.at("/fast")).hasSize(10);
            assertThat(slow.at("/slow")).hasSize(10);
        }
    }

    @Test
    void aReceiverMustBeOnAPublicAddressAndTheTypesKnown() {
        given().contentType(ContentType.JSON).body("{\"url\":\"https://10.1.2.3/hook\",\"eventTypes\":[\"order.risk.changed\","
                        + "\"order.deleted\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("url", "eventTypes[1]")));
    }

    /** Dispatches what is due until the receiver has what the test waits for, for 10 s at most. */
    private void drainUntil(java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            dispatcher.drain();
            Thread.sleep(20);
        }
    }

    private int drainQuietly() {
        try {
            int total = 0;
            for (int i = 0; i < 20; i++) {
                List<Future<?>> round = dispatcher.dispatch();
                for (Future<?> f : round) {
                    f.get();
                }
                total += round.size();
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
