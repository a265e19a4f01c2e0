package org.procrisk.gateway.proxy;

import static org.awaitility.Awaitility.await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import io.quarkus.test.common.ResourceArg;
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
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "openapiRefresh", value = "1s")})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MergedOpenApiTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    @Order(1)
    void publicPathsOfTheServicesAreMergedWithTheKeyScheme() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body("info.description", containsString("Not available right now: scoring-service, supplier-service"));

        supplier.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"openapi":"3.1.0","tags":[{"name":"Parts"},{"name":"Internal"}],
                         "paths":{"/api/v1/parts":{"get":{"operationId":"listParts","responses":{"200":{"description":"parts",
                                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Part"}}}}}}},
                                  "/api/v1/parts:bulk":{"put":{"operationId":"upsertParts"}},
                                  "/api/v1/snapshot":{"get":{"operationId":"getSnapshot"}}},
                         "components":{"schemas":{"Part":{"type":"object"},"Snapshot":{"type":"object"}}}}""")));

        // Fetched again while a service is missing, so it appears once the service answers.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/q/openapi").then().body("paths", hasKey("/api/v1/parts")));
        given().when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/parts"))
                .body("paths", hasKey("/api/v1/parts:bulk"))
                .body("paths", not(hasKey("/api/v1/snapshot")))
                .body("components.schemas", hasKey("Part"))
                .body("components.schemas", not(hasKey("Snapshot")))
                .body("paths.'/api/v1/parts'.get.responses.'401'.$ref", equalTo("#/components/responses/Unauthorized"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("tags.name", equalTo(List.of("Parts")))
                .body("info.description", containsString("Not available right now: scoring-service."));
        given().redirects().follow(false).when().get("/").then().statusCode(302)
                .header("Location", containsString("/q/swagger-ui"));
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    @Order(2)
    void aChangedServiceDocumentShowsWithoutARestart() {
        supplier.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/v1/sources\":{\"get\":{\"summary\":\"v1\"}}}}")));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/q/openapi").then().body("paths.'/api/v1/sources'.get.summary", equalTo("v1")));

        supplier.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/v1/sources\":{\"get\":{\"summary\":\"v2\"}}}}")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().when().get("/q/openapi").then().body("paths.'/api/v1/sources'.get.summary", equalTo("v2")));
    }
}
