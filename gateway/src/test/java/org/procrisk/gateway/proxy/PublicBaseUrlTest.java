package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** GATEWAY_PUBLIC_BASE_URL wins over the request and over trusted fronts. */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.Configured.class)
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class PublicBaseUrlTest {

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.public-base-url", "https://procrisk.example.com/gw/",
                    "gateway.trusted-proxies", "127.0.0.1");
        }
    }

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    void theConfiguredOriginIsPassedOn() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withStatus(200).withBody("[]")));

        given().header("X-API-Key", "reader-key").header("X-Forwarded-Host", "front.example")
                .when().get("/api/v1/materials").then().statusCode(200);

        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials"))
                .withHeader("X-Forwarded-Host", equalTo("procrisk.example.com"))
                .withHeader("X-Forwarded-Proto", equalTo("https"))
                .withHeader("X-Forwarded-Prefix", equalTo("/gw")));
    }
}
