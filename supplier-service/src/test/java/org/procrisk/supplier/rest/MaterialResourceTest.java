package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class MaterialResourceTest {

    @Test
    void listsEverySeededMaterialOrderedByCode() {
        given().when().get("/api/v1/materials")
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", hasSize(27))
                .body("code", hasItems("REE", "ND", "PR", "DY", "TB", "GA", "GE", "GRAPHITE", "SB", "W", "IN"))
                .body("[0].code", equalTo("BI"))
                .body("find { it.code == 'GRAPHITE' }.group", equalTo("OTHER"));
    }

    @Test
    void getsOneMaterialWithItsCustomsCodes() {
        given().when().get("/api/v1/materials/DY")
                .then().statusCode(200)
                .body("code", equalTo("DY"))
                .body("name", equalTo("Dysprosium"))
                .body("symbol", equalTo("Dy"))
                .body("group", equalTo("HREE"))
                .body("casNumber", equalTo("7429-91-6"))
                .body("hsCodes", contains("2805.30", "2846.90", "8505.11"));
    }

    @Test
    void codesAreCaseInsensitive() {
        given().when().get("/api/v1/materials/nd")
                .then().statusCode(200)
                .body("code", equalTo("ND"));
    }

    @Test
    void unknownMaterialIsA404Problem() {
        given().when().get("/api/v1/materials/XX")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:not-found"))
                .body("title", equalTo("Resource not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No material with code 'XX'"))
                .body("instance", equalTo("/api/v1/materials/XX"));
    }

    @Test
    void unknownRouteIsA404ProblemNotAnHtmlPage() {
        given().accept("text/html").when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/materials")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", startsWith("urn:procrisk:problem:"));
    }
}
