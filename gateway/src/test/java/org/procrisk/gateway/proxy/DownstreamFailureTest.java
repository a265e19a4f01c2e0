package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "scoring", value = "down"),
        @ResourceArg(name = "supplierTimeout", value = "500ms")})
class DownstreamFailureTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    void serviceNotListeningIsA503ProblemWithRetryAfter() {
        given().header("X-API-Key", "admin-key").when().get("/api/v1/method")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:procrisk:problem:service-unavailable"))
                .body("detail", equalTo("scoring-service is not reachable; try again shortly"))
                .body("instance", equalTo("/api/v1/method"));
    }

    @Test
    void serviceTooSlowIsA504ProblemWithinTheTimeout() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withFixedDelay(3000)));

        given().header("X-API-Key", "admin-key").when().get("/api/v1/materials")
                .then().statusCode(504)
                .time(lessThan(2500L))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:gateway-timeout"))
                .body("detail", equalTo("supplier-service did not answer in time"));
    }

    @Test
    void connectionDroppedBeforeAnAnswerIsA502Problem() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials/ND"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().header("X-API-Key", "admin-key").when().get("/api/v1/materials/ND")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:bad-gateway"));
    }
}
