package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class DeclarationResourceTest {

    @Test
    void recordsASplitDeclarationAndReplacesItWithIfMatch() {
        String supplier = Fixtures.unique("V");
        Fixtures.createSupplier(supplier, "JP");
        String body = "{\"supplier\":\"" + supplier + "\",\"material\":\"DY\",\"stage\":\"REFINING\","
                + "\"shares\":{\"JP\":0.7,\"CN\":0.3},\"validFrom\":\"2025-01-01\",\"validTo\":\"2026-12-31\","
                + "\"evidence\":\"CMRT-2025.xlsx\"}";
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/declarations")
                .then().statusCode(201)
                .body("shares.JP", equalTo(0.7f)).body("shares.CN", equalTo(0.3f))
                .body("partNumber", equalTo(null))
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.replace("0.7", "0.6").replace("0.3", "0.4"))
                .when().put("/api/v1/declarations/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("shares.CN", equalTo(0.4f));
        given().queryParam("supplier", supplier).queryParam("stage", "REFINING").when().get("/api/v1/declarations")
                .then().statusCode(200).body("$", hasSize(1));
        given().header("If-Match", "\"1\"").when().delete("/api/v1/declarations/" + id).then().statusCode(204);
    }

    @Test
    void sharesDatesAndReferencesAreChecked() {
        given().contentType(ContentType.JSON)
                .body("{\"supplier\":\"NOBODY\",\"partNumber\":\"NO-PART\",\"material\":\"XX\",\"stage\":\"REFINING\","
                        + "\"shares\":{\"JP\":0.5,\"cn\":0.2,\"DE\":1.5},\"validFrom\":\"2025-06-01\",\"validTo\":\"2025-01-01\"}")
                .when().post("/api/v1/declarations")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("supplier", "partNumber", "material", "shares.cn", "shares.DE",
                        "shares", "validTo")));
        given().contentType(ContentType.JSON)
                .body("{\"supplier\":\"X\",\"material\":\"DY\",\"stage\":\"SMELTING\",\"shares\":{\"JP\":1},\"validFrom\":\"2025-01-01\"}")
                .when().post("/api/v1/declarations")
                .then().statusCode(400).body("errors[0].field", equalTo("stage"));
        given().contentType(ContentType.JSON)
                .body("{\"supplier\":\"X\",\"material\":\"DY\",\"stage\":\"MINING\",\"shares\":{\"JP\":1},\"validFrom\":\"2025-13-01\"}")
                .when().post("/api/v1/declarations")
                .then().statusCode(400).body("errors[0].field", equalTo("validFrom"));
    }
}
