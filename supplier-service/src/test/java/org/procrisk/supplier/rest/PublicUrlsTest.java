package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The gateway tells the services its public origin in X-Forwarded-*; the URLs they answer with follow it. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class PublicUrlsTest {

    private static final String PUBLIC = "https://procrisk.example.com:8443/risk";

    @Test
    void locationNamesThePublicOrigin() {
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "procrisk.example.com:8443")
                .header("X-Forwarded-Prefix", "/risk")
                .body("{\"externalId\":\"" + Fixtures.unique("PUB") + "\",\"name\":\"Public Co\",\"country\":\"DE\"}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(201)
                .header("Location", matchesPattern(PUBLIC.replace(".", "\\.") + "/api/v1/suppliers/[0-9a-f-]{36}"));
    }

    @Test
    void nextPageLinkNamesThePublicOrigin() {
        String prefix = Fixtures.unique("PUBL");
        Fixtures.createSupplier(prefix + "-1", "DE");
        Fixtures.createSupplier(prefix + "-2", "DE");
        given().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "procrisk.example.com:8443")
                .header("X-Forwarded-Prefix", "/risk")
                .queryParam("q", prefix).queryParam("limit", 1)
                .when().get("/api/v1/suppliers")
                .then().statusCode(200)
                .header("Link", startsWith("<" + PUBLIC + "/api/v1/suppliers?"));
    }
}
