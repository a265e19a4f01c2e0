package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The half-open probe's caller hangs up before the service answers. The circuit must still come to a
 * verdict: a later caller gets through once the service is healthy, instead of 503 for good.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "circuitOpenFor", value = "1s")})
class CancelledProbeTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    void aCancelledProbeNeverLeavesTheCircuitStuck() throws Exception {
        supplier.stubFor(get(urlEqualTo("/api/v1/parts")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", "reader-key").when().get("/api/v1/parts").then().statusCode(502);
        }
        given().header("X-API-Key", "reader-key").when().get("/api/v1/parts").then().statusCode(503)
                .body("detail", containsString("circuit is open"));
        assertState("OPEN");

        supplier.resetAll();
        supplier.stubFor(get(urlEqualTo("/api/v1/parts")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]").withFixedDelay(1500)));
        // Until openFor has passed every call is refused at once; the first one let through is the probe,
        // and its caller hangs up while the service is still working on it.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(this::probeAndHangUp);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().header("X-API-Key", "reader-key").when().get("/api/v1/parts").then().statusCode(200));
        assertState("CLOSED");
        given().when().get("/q/metrics").then().body(containsString(
                "procrisk_gateway_circuit_state{service=\"supplier-service\",state=\"CLOSED\"} 1.0"));
    }

    /** One raw request: true, and the connection closed unanswered, once it reached the service. */
    private boolean probeAndHangUp() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/parts HTTP/1.1\r\nHost: localhost\r\nX-API-Key: reader-key\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(1000);
            try {
                int first = socket.getInputStream().read();  // the circuit's 503 comes at once
                return first < 0 && !supplier.getAllServeEvents().isEmpty();
            } catch (SocketTimeoutException stillWaiting) {
                return !supplier.getAllServeEvents().isEmpty();  // held by the slow service: the probe
            }
        }
    }

    private static void assertState(String state) {
        given().when().get("/q/health/group/dependencies").then()
                .body("checks.find { it.name == 'downstream-circuits' }.data.supplier-service", equalTo(state));
    }
}
