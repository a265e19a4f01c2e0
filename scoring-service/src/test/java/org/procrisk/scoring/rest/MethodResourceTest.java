package org.procrisk.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class MethodResourceTest {

    @Test
    void publishesTheMethodAndEveryDefaultParameter() {
        given().when().get("/api/v1/method")
                .then().statusCode(200)
                .body("name", equalTo("procrisk critical-mineral exposure"))
                .body("version", equalTo("1"))
                .body("parameters.severity.BAN", equalTo(1.0f))
                .body("parameters.severity.QUOTA", equalTo(0.6f))
                .body("parameters.severity.LICENCE", equalTo(0.5f))
                .body("parameters.severity.DUTY", equalTo(0.2f))
                .body("parameters.severity.TECH_BAN", equalTo(0.0f))
                .body("parameters.deMinimisKg", equalTo(0.0f))
                .body("parameters.singleCountryThreshold", equalTo(0.5f))
                .body("parameters.concentrationWeight", equalTo(0.5f))
                .body("parameters.nonControllingCountryWeight", equalTo(0.5f))
                .body("parameters.hhiThreshold", equalTo(2500.0f))
                .body("parameters.suspensionLapseWarningDays", equalTo(90));
    }

    @Test
    void unknownRouteIsA404Problem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:not-found"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }
}
