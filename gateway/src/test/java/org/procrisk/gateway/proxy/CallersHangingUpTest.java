package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

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
                Thread.sleep(150);
            }
        }
        Thread.sleep(1000);
        given().header("X-API-Key", "reader-key").when().get("/api/v1/sources").then().statusCode(200);
        given().when().get("/q/health/group/dependencies").then()
                .body("checks.find { it.name == 'downstream-circuits' }.data.supplier-service", equalTo("CLOSED"));
    }
}
