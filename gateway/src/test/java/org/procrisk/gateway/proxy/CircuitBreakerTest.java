package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Threshold 3 failures, open for 1 s (test settings). */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "scoring", value = "down"),
        @ResourceArg(name = "circuitOpenFor", value = "1s")})
class CircuitBreakerTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    void repeatedFailuresOpenTheCircuitForThatServiceOnly() {
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", "reader-key").when().get("/api/v1/method").then().statusCode(503)
                    .body("detail", containsString("not reachable"));
        }
        given().header("X-API-Key", "reader-key").when().get("/api/v1/method").then().statusCode(503)
                .time(lessThan(500L))
                .header("Retry-After", "1")
                .body("detail", containsString("circuit is open"));
        given().when().get("/q/health/group/dependencies").then().statusCode(503)
                .body("checks.find { it.name == 'downstream-circuits' }.data.scoring-service", equalTo("OPEN"));
        given().when().get("/q/health/ready").then().statusCode(200);

        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withStatus(200).withBody("[]")));
        given().header("X-API-Key", "reader-key").when().get("/api/v1/materials").then().statusCode(200);
    }

    @Test
    void aSuccessfulProbeClosesTheCircuit() {
        supplier.stubFor(get(urlEqualTo("/api/v1/parts")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", "reader-key").when().get("/api/v1/parts").then().statusCode(502);
        }
        given().header("X-API-Key", "reader-key").when().get("/api/v1/parts").then().statusCode(503)
                .body("detail", containsString("circuit is open"));

        supplier.stubFor(get(urlEqualTo("/api/v1/parts")).willReturn(aResponse().withStatus(200).withBody("[]")));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().header("X-API-Key", "reader-key").when().get("/api/v1/parts").then().statusCode(200));
        given().when().get("/q/health/group/dependencies").then()
                .body("checks.find { it.name == 'downstream-circuits' }.data.supplier-service", equalTo("CLOSED"));
    }
}
