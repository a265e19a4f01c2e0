package org.procrisk.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class AccessControlTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @WireMockDownstreams.Scoring
    WireMockServer scoring;

    @BeforeEach
    void answerEverything() {
        supplier.resetAll();
        scoring.resetAll();
        supplier.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));
        scoring.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void withoutAKnownKeyNothingPasses() {
        given().when().get("/api/v1/materials").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", Matchers.startsWith("Bearer"));
        given().header("X-API-Key", "guess").when().get("/api/v1/materials").then().statusCode(401);
        given().header("Authorization", "Bearer guess").when().get("/api/v1/materials").then().statusCode(401);
        supplier.verify(0, anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/.*")));
    }

    @Test
    void bearerTokensWorkLikeApiKeys() {
        given().header("Authorization", "Bearer reader-key").when().get("/api/v1/materials").then().statusCode(200);
        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials")).withoutHeader("Authorization")
                .withHeader("X-Caller", equalTo("test-reader")));
    }

    @Test
    void rolesDecideWhoMayWriteWhat() {
        String body = "{\"externalId\":\"V-1\",\"name\":\"x\",\"country\":\"DE\"}";
        given().header("X-API-Key", "reader-key").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/scores").then().statusCode(200);
        given().header("X-API-Key", "reader-key").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/suppliers").then().statusCode(403)
                .body("detail", Matchers.containsString("editor"));
        given().header("X-API-Key", "editor-key").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/suppliers").then().statusCode(200);
        given().header("X-API-Key", "editor-key").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/export-controls").then().statusCode(403);
        given().header("X-API-Key", "admin-key").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/export-controls").then().statusCode(200);
        given().header("X-API-Key", "editor-key").when().post("/api/v1/admin/snapshot:refresh").then().statusCode(403);
        given().header("X-API-Key", "admin-key").when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void identityHeadersFromClientsAreReplaced() {
        given().header("X-API-Key", "reader-key").header("X-Caller", "someone-else").header("X-Caller-Role", "admin")
                .header("X-Internal-Token", "forged").when().get("/api/v1/materials").then().statusCode(200);
        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials"))
                .withHeader("X-Caller", equalTo("test-reader")).withHeader("X-Caller-Role", equalTo("reader"))
                .withHeader("X-Internal-Token", equalTo("test-internal-token")));
    }

    @Test
    void aFloodingKeyIsLimitedWithoutStarvingOthers() {
        // test-slow: 1 request/s, burst 2
        given().header("X-API-Key", "slow-key").when().get("/api/v1/materials").then().statusCode(200)
                .header("RateLimit-Policy", Matchers.startsWith("2;w="));
        given().header("X-API-Key", "slow-key").when().get("/api/v1/materials").then().statusCode(200);
        given().header("X-API-Key", "slow-key").when().get("/api/v1/materials").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .header("RateLimit", Matchers.containsString("remaining=0"));
        given().header("X-API-Key", "reader-key").when().get("/api/v1/materials").then().statusCode(200);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeReachingAService() throws Exception {
        // Announce 20 MB and send none of it: the gateway must answer from the headers alone.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /api/v1/suppliers HTTP/1.1\r\nHost: localhost\r\nX-API-Key: admin-key\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(answer).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json").contains("content-too-large");
        }
        supplier.verify(0, anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/.*")));
    }

    @Test
    void requestIdsAreKeptOrMadeAndPassedOn() {
        given().header("X-API-Key", "reader-key").header("X-Request-Id", "erp-4711.1")
                .when().get("/api/v1/materials").then().statusCode(200).header("X-Request-Id", "erp-4711.1");
        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials")).withHeader("X-Request-Id", equalTo("erp-4711.1")));
        given().header("X-API-Key", "reader-key").header("X-Request-Id", "bad id with spaces")
                .when().get("/api/v1/method").then().statusCode(200)
                .header("X-Request-Id", Matchers.matchesPattern("[0-9a-f-]{36}"));
    }
}
