package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One document for the whole public API; only public paths; a service that does not answer is named. */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class MergedOpenApiTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    void publicPathsOfTheServicesAreMergedWithTheKeyScheme() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body("info.description", containsString("Not available right now: scoring-service, supplier-service"));

        supplier.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"openapi":"3.1.0","tags":[{"name":"Parts"},{"name":"Internal"}],
                         "paths":{"/api/v1/parts":{"get":{"operationId":"listParts"}},
                                  "/api/v1/parts:bulk":{"put":{"operationId":"upsertParts"}},
                                  "/api/v1/snapshot":{"get":{"operationId":"getSnapshot"}}},
                         "components":{"schemas":{"Part":{"type":"object"}}}}""")));

        // Fetched again while a service is missing, so it appears once the service answers.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/q/openapi").then().body("paths", hasKey("/api/v1/parts")));
        given().when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/parts"))
                .body("paths", hasKey("/api/v1/parts:bulk"))
                .body("paths", not(hasKey("/api/v1/snapshot")))
                .body("components.schemas", hasKey("Part"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("tags.name", equalTo(java.util.List.of("Parts")))
                .body("info.description", containsString("Not available right now: scoring-service."));
        given().redirects().follow(false).when().get("/").then().statusCode(302)
                .header("Location", containsString("/q/swagger-ui"));
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }
}
