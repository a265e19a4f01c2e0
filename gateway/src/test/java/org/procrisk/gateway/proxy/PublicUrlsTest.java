package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;

/** By default the gateway trusts no forwarded header: the services learn its origin from the request itself. */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class PublicUrlsTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @AfterEach
    void reset() {
        supplier.resetAll();
    }

    @Test
    void aCallerCannotSetThePublicOriginThroughTheGateway() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));

        given().header("X-API-Key", "reader-key")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/evil")
                .header("X-Forwarded-Port", "444")
                .header("Forwarded", "for=1.2.3.4;host=evil.example;proto=https")
                .when().get("/api/v1/materials").then().statusCode(200);

        supplier.verify(getRequestedFor(urlEqualTo("/api/v1/materials"))
                .withHeader("X-Forwarded-Host", matching("localhost:\\d+"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1"))
                .withHeader("X-Forwarded-Prefix", absent())
                .withHeader("X-Forwarded-Port", absent())
                .withHeader("Forwarded", absent()));
    }

    @Test
    void everyAnswerHeaderComesOnceAndNoHopByHopHeaderPassesBack() {
        supplier.stubFor(get(urlEqualTo("/api/v1/materials")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "from-the-service")
                .withHeader("Keep-Alive", "timeout=5")
                .withHeader("Proxy-Authenticate", "Basic")
                .withHeader("Connection", "X-Hop")
                .withHeader("X-Hop", "only-for-the-gateway")
                .withBody("[]")));

        Response answer = given().header("X-API-Key", "reader-key").header("X-Request-Id", "caller-id-1")
                .when().get("/api/v1/materials").then().statusCode(200).extract().response();

        assertThat(answer.headers().getList("X-Request-Id")).extracting(Header::getValue).containsExactly("caller-id-1");
        assertThat(answer.headers().asList()).extracting(Header::getName)
                .doesNotHaveDuplicates()
                .doesNotContain("Keep-Alive", "Proxy-Authenticate", "X-Hop");
    }
}
