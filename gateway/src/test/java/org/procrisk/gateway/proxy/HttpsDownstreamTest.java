package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** An https:// downstream is reached over TLS, trusting the certificate the configured PEM file holds. */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "supplierTls", value = "true")})
class HttpsDownstreamTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @Test
    void requestsAndTheOpenApiFetchGoOverTls() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"code\":\"GA\"}]")));
        supplier.stubFor(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/v1/materials\":{\"get\":{\"summary\":\"over TLS\"}}}}")));

        given().header("X-API-Key", "reader-key").when().get("/api/v1/materials")
                .then().statusCode(200).body("[0].code", Matchers.equalTo("GA"));
        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials")).withHeader("X-Caller", equalTo("test-reader")));

        given().when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/materials'.get.summary", Matchers.equalTo("over TLS"));
    }
}
