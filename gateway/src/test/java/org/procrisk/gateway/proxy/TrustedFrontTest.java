package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Behind a trusted front (here: the test client on loopback), its forwarded headers name the origin. */
@QuarkusTest
@TestProfile(TrustedFrontTest.Loopback.class)
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class TrustedFrontTest {

    public static class Loopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.trusted-proxies", "10.0.0.0/8,127.0.0.1/32");
        }
    }

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @AfterEach
    void reset() {
        supplier.resetAll();
    }

    @Test
    void xForwardedHeadersOfATrustedFrontArePassedOn() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withStatus(200).withBody("[]")));

        given().header("X-API-Key", "reader-key")
                .header("X-Forwarded-Host", "procrisk.example.com, inner.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/risk/")
                .header("X-Forwarded-For", "203.0.113.7")
                .when().get("/api/v1/materials").then().statusCode(200);

        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials"))
                .withHeader("X-Forwarded-Host", equalTo("procrisk.example.com"))
                .withHeader("X-Forwarded-Proto", equalTo("https"))
                .withHeader("X-Forwarded-Prefix", equalTo("/risk"))
                .withHeader("X-Forwarded-For", equalTo("203.0.113.7, 127.0.0.1")));
    }

    @Test
    void theStandardForwardedHeaderWins() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withStatus(200).withBody("[]")));

        given().header("X-API-Key", "reader-key")
                .header("Forwarded", "for=203.0.113.7;proto=https;host=\"procrisk.example.com:8443\", for=10.1.1.1")
                .header("X-Forwarded-Host", "other.example")
                .when().get("/api/v1/materials").then().statusCode(200);

        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials"))
                .withHeader("X-Forwarded-Host", equalTo("procrisk.example.com:8443"))
                .withHeader("X-Forwarded-Proto", equalTo("https"))
                .withHeader("Forwarded", absent()));
    }

    @Test
    void aForwardedHostThatIsNoHostNameIsRefused() {
        given().header("X-API-Key", "reader-key").header("X-Forwarded-Host", "evil.example/path?x")
                .when().get("/api/v1/materials").then().statusCode(400).contentType("application/problem+json");
    }
}
