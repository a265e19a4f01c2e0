package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class RoutingTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @WireMockDownstreams.Scoring
    WireMockServer scoring;

    @AfterEach
    void reset() {
        supplier.resetAll();
        scoring.resetAll();
    }

    @Test
    void materialsGoToSupplierServiceWithStatusHeadersAndBodyKept() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials?limit=2")).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("ETag", "\"v7\"")
                .withHeader("Link", "</api/v1/materials?cursor=abc>; rel=\"next\"")
                .withBody("[{\"code\":\"DY\"},{\"code\":\"ND\"}]")));

        given().header("X-API-Key", "admin-key").when().get("/api/v1/materials?limit=2")
                .then().statusCode(200)
                .header("ETag", "\"v7\"")
                .header("Link", "</api/v1/materials?cursor=abc>; rel=\"next\"")
                .contentType("application/json")
                .body(Matchers.equalTo("[{\"code\":\"DY\"},{\"code\":\"ND\"}]"));

        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials?limit=2"))
                .withHeader("X-Internal-Token", equalTo("test-internal-token"))
                .withHeader("X-Caller", equalTo("test-admin"))
                .withHeader("X-Caller-Role", equalTo("admin"))
                .withoutHeader("X-API-Key")
                .withHeader("X-Request-Id", matching(".+"))
                .withHeader("X-Forwarded-For", matching("127\\.0\\.0\\.1|.+, 127\\.0\\.0\\.1"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", matching("localhost:\\d+")));
        scoring.verify(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/.*")));
    }

    @Test
    void subPathsAndErrorStatusesPassThroughUnchanged() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials/XX")).willReturn(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"No material with code 'XX'\"}")));

        given().header("X-API-Key", "admin-key").when().get("/api/v1/materials/XX")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", Matchers.equalTo("No material with code 'XX'"));
    }

    @Test
    void requestBodiesAndCreatedAnswersAreForwarded() {
        supplier.stubFor(post(urlPathEqualTo("/api/v1/materials")).willReturn(aResponse()
                .withStatus(201)
                .withHeader("Location", "/api/v1/materials/XY")
                .withHeader("Retry-After", "3")));

        given().header("X-API-Key", "admin-key").contentType("application/json").body("{\"code\":\"XY\"}")
                .when().post("/api/v1/materials")
                .then().statusCode(201)
                .header("Location", Matchers.endsWith("/api/v1/materials/XY"))
                .header("Retry-After", "3");

        supplier.verify(postRequestedFor(urlPathEqualTo("/api/v1/materials"))
                .withRequestBody(equalToJson("{\"code\":\"XY\"}")));
    }

    @Test
    void methodGoesToScoringService() {
        scoring.stubFor(get(urlEqualTo("/api/v1/method")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"version\":\"1\"}")));

        given().header("X-API-Key", "admin-key").when().get("/api/v1/method").then().statusCode(200).body("version", Matchers.equalTo("1"));
        supplier.verify(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/.*")));
    }

    @Test
    void unknownApiPathIsA404ProblemAndReachesNoService() {
        given().header("X-API-Key", "admin-key").when().get("/api/v1/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", Matchers.equalTo("urn:procrisk:problem:not-found"))
                .body("status", Matchers.equalTo(404))
                .body("instance", Matchers.equalTo("/api/v1/unknown"));
        assertNoDownstreamCalls();
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        given().header("X-API-Key", "admin-key").when().get("/api/v1/materialsX").then().statusCode(404).contentType("application/problem+json");
        assertNoDownstreamCalls();
    }

    @Test
    void internalPathsAreNotReachable() {
        given().header("X-API-Key", "admin-key").when().get("/api/v1/snapshot").then().statusCode(404).contentType("application/problem+json");
        given().header("X-API-Key", "admin-key").when().get("/api/v1/materials/../snapshot").then().statusCode(Matchers.oneOf(400, 404));
        given().header("X-API-Key", "admin-key").urlEncodingEnabled(false).when().get("/api/v1/materials/%2e%2e/snapshot")
                .then().statusCode(Matchers.oneOf(400, 404));
        assertNoDownstreamCalls();
    }

    @Test
    void nonApiPathIsA404Problem() {
        given().header("X-API-Key", "admin-key").accept("text/html").when().get("/nothing/here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", Matchers.equalTo("/nothing/here"));
    }

    @Test
    void oversizedHeadersAreA431AndReachNoService() {
        given().header("X-API-Key", "admin-key").header("X-Padding", "x".repeat(40_000))
                .when().get("/api/v1/materials")
                .then().statusCode(431);
        assertNoDownstreamCalls();
    }

    private void assertNoDownstreamCalls() {
        // The gateway itself reads /q/openapi of the services; no /api request may have passed.
        var api = com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/.*");
        supplier.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(api));
        scoring.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(api));
    }
}
