package org.procrisk.scoring.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class DependenciesHealthTest {

    @InjectSupplierMock
    WireMockServer supplier;

    @AfterEach
    void reset() {
        supplier.resetAll();
    }

    @Test
    void dependenciesGroupIsUpWhenSupplierServiceIsReady() {
        supplier.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));

        given().when().get("/q/health/group/dependencies")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'supplier-service' }.status", equalTo("UP"));
    }

    @Test
    void dependenciesGroupIsDownWhenSupplierServiceIsNotReady() {
        supplier.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503)));

        given().when().get("/q/health/group/dependencies")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'supplier-service' }.data.detail", equalTo("HTTP 503"));
    }

    @Test
    void dependenciesGroupIsDownWhenSupplierServiceDropsTheConnection() {
        supplier.stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/q/health/group/dependencies")
                .then().statusCode(503)
                .body("checks.find { it.name == 'supplier-service' }.data.detail",
                        startsWith("supplier-service unreachable"));
    }

    @Test
    void readinessDoesNotDependOnSupplierService() {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SnapshotJson.of(3, null))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
        supplier.resetAll();
        supplier.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503)));
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(503)));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);

        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
