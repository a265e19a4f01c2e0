package org.procrisk.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemMappingTest {

    @Test
    void malformedJsonIsA400ProblemWithItsPosition() {
        given().contentType("application/json").body("{\"poNumber\": \"PO-1\", ")
                .when().post("/api/sample/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:bad-request"))
                .body("detail", startsWith("Request body is not valid JSON at line 1"))
                .body("instance", equalTo("/api/sample/orders"));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        given().contentType("application/json")
                .body("{\"poNumber\":\"\",\"lines\":[{\"quantity\":1,\"partNumber\":\"A\"},{\"quantity\":0,\"partNumber\":\"\"}]}")
                .when().post("/api/sample/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Request is not valid"))
                .body("detail", equalTo("3 fields are not valid"))
                .body("errors", hasSize(3))
                .body("errors.field", org.hamcrest.Matchers.contains(
                        "lines[1].partNumber", "lines[1].quantity", "poNumber"));
    }

    @Test
    void unknownFieldIsRejectedByName() {
        given().contentType("application/json")
                .body("{\"poNumber\":\"PO-1\",\"lines\":[{\"quantity\":1,\"partNumber\":\"A\",\"colour\":\"red\"}]}")
                .when().post("/api/sample/orders")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].colour"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType("application/json")
                .body("{\"poNumber\":\"PO-1\",\"asOf\":\"next tuesday\",\"lines\":[{\"quantity\":1,\"partNumber\":\"A\"}]}")
                .when().post("/api/sample/orders")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().contentType("application/json")
                .body("{\"poNumber\":\"PO-1\",\"lines\":{\"quantity\":1}}")
                .when().post("/api/sample/orders")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines"));
    }

    @Test
    void missingBodyIsA400Problem() {
        given().contentType("application/json")
                .when().post("/api/sample/orders")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().when().get("/api/sample/page?limit=501")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().when().get("/api/sample/page?limit=lots")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("cannot read value 'lots'"));
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        given().contentType("text/plain").body("hello")
                .when().post("/api/sample/orders")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:unsupported-media-type"));
    }

    @Test
    void problemExceptionsKeepTheirHeaders() {
        given().when().get("/api/sample/conflict")
                .then().statusCode(409)
                .header("ETag", "\"3\"")
                .body("detail", equalTo("Already exists"));
    }

    @Test
    void unexpectedFailuresRevealNothingInternal() {
        given().when().get("/api/sample/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:internal-error"))
                .body(not(containsString("jdbc")))
                .body(not(containsString("IllegalStateException")));
    }
}
