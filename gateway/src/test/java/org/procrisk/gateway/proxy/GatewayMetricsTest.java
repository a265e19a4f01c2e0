package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics tells requests by route, status and key name, and downstream latency by service. */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class GatewayMetricsTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @AfterEach
    void reset() {
        supplier.resetAll();
    }

    @Test
    void requestsAreCountedByRouteStatusAndKeyNameNeverByKey() {
        supplier.stubFor(get(urlEqualTo("/api/v1/sources")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        given().header("X-API-Key", "reader-key").when().get("/api/v1/sources").then().statusCode(200);
        given().when().get("/api/v1/sources").then().statusCode(401);

        given().when().get("/q/metrics").then().statusCode(200).body(allOf(
                matchesRegex("(?s).*procrisk_gateway_requests_seconds_count\\{[^}]*key=\"test-reader\""
                        + "[^}]*route=\"/api/v1/sources\"[^}]*status=\"200\"[^}]*} 1\\.0.*"),
                matchesRegex("(?s).*procrisk_gateway_requests_seconds_count\\{[^}]*key=\"none\"[^}]*status=\"401\".*"),
                matchesRegex("(?s).*procrisk_gateway_downstream_seconds_bucket\\{[^}]*service=\"supplier-service\""
                        + "[^}]*status=\"200\".*"),
                not(containsString("reader-key"))));
    }
}
