package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

/** /q/metrics tells requests by route, status and key name, and downstream latency by service; http_server_requests
 * names routes, never raw paths. */
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

    @Test
    void serverRequestsAreTaggedWithTheRouteNotThePath() {
        supplier.stubFor(get(urlMatching("/api/v1/parts/P-[0-9]+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        // More distinct paths than the binder's 100 URI tags: with the raw path as uri, the last ones went uncounted.
        int paths = 120;
        for (int i = 0; i < paths; i++) {
            given().header("X-API-Key", "reader-key").when().get("/api/v1/parts/P-" + i).then().statusCode(200);
        }
        given().header("X-API-Key", "reader-key").when().get("/api/v1/nothing-here").then().statusCode(404);
        given().header("X-API-Key", "reader-key").when().request("FROB", "/api/v1/parts/P-1");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("uri=\"/api/v1/parts/P-");
        assertThat(count(metrics, "http_server_requests_seconds_count",
                "method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/parts\"")).isEqualTo(paths);
        assertThat(count(metrics, "http_server_requests_seconds_count",
                "method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"NOT_FOUND\"")).isEqualTo(1);
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{method=\"UNKNOWN\",[^}]*uri=\"/api/v1/parts\"}")
                .doesNotContain("FROB");
        // The dashboard's latency percentiles and buckets still come with it (common's LatencyPercentiles).
        assertThat(metrics).contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/parts\"");
    }

    private static double count(String metrics, String name, String labels) {
        String prefix = name + "{" + labels + "} ";
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()))).sum();
    }
}
