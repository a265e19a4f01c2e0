package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Callers that hang up mid-request (a load tool stopping, a browser tab closed) make the proxy reset
 * its exchange with the service. That is not the service failing, so it must not open the service's
 * circuit for everybody else.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class CallersHangingUpTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    void callersHangingUpDoNotOpenTheCircuit() throws Exception {
        supplier.stubFor(get(urlEqualTo("/api/v1/sources")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]").withFixedDelay(800)));
        for (int i = 0; i < 6; i++) {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/v1/sources HTTP/1.1\r\nHost: localhost\r\nX-API-Key: reader-key\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                int reached = i + 1;
                // hang up only once the request is in flight at the service
                await().atMost(Duration.ofSeconds(5)).until(() -> supplier.getAllServeEvents().size() >= reached);
            }
        }
        // every hang-up has been handled once the gateway has ended all six exchanges
        await().atMost(Duration.ofSeconds(10)).until(() -> resetExchanges() >= 6);
        given().header("X-API-Key", "reader-key").when().get("/api/v1/sources").then().statusCode(200);
        given().when().get("/q/health/group/dependencies").then()
                .body("checks.find { it.name == 'downstream-circuits' }.data.supplier-service", equalTo("CLOSED"));
    }

    /** Requests the gateway recorded as ended by the caller hanging up (status 499). */
    private static double resetExchanges() {
        return given().when().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("procrisk_gateway_requests_seconds_count{") && l.contains("status=\"499\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
