package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
class PartResourceTest {

    @Test
    void createsAPartWithItsCompositionAndSuppliers() {
        String supplier = Fixtures.unique("V");
        Fixtures.createSupplier(supplier, "CN");
        String partNumber = Fixtures.unique("MAG");
        String id = Fixtures.createPart(partNumber, Fixtures.MAGNET, supplier)
                .header("ETag", "\"0\"")
                .body("composition.material", equalTo(List.of("DY", "ND", "PR")))
                .body("composition.find { it.material == 'ND' }.massKgPerUnit", equalTo(0.21f))
                .body("unitOfMeasure", equalTo("EA"))
                .body("suppliers", equalTo(List.of(supplier)))
                .extract().path("id");
        given().when().get("/api/v1/parts/" + id).then().statusCode(200).body("partNumber", equalTo(partNumber));
    }

    @Test
    void changingOnlyTheCompositionMovesTheVersion() {
        String partNumber = Fixtures.unique("P");
        String id = Fixtures.createPart(partNumber, Fixtures.MAGNET).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"partNumber\":\"" + partNumber + "\",\"description\":\"test part\","
                        + "\"composition\":[{\"material\":\"SM\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.05}]}")
                .when().put("/api/v1/parts/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("composition", hasSize(1));
    }

    @Test
    void compositionRulesNameEveryOffendingEntry() {
        given().contentType(ContentType.JSON)
                .body("{\"partNumber\":\"P-BAD\",\"composition\":[{\"material\":\"ND\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.2},"
                        + "{\"material\":\"UNOBTAINIUM\",\"form\":\"ORE\",\"massKgPerUnit\":1},"
                        + "{\"material\":\"ND\",\"form\":\"OXIDE\",\"massKgPerUnit\":-1}],\"suppliers\":[\"NOBODY\"]}")
                .when().post("/api/v1/parts")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("composition[2].massKgPerUnit", "composition[1].material",
                        "composition[2].material", "suppliers[0]")));
        given().contentType(ContentType.JSON).body("{\"partNumber\":\"P-EMPTY\",\"composition\":[]}")
                .when().post("/api/v1/parts").then().statusCode(400).body("errors[0].field", equalTo("composition"));
        given().contentType(ContentType.JSON)
                .body("{\"partNumber\":\"P-FORM\",\"composition\":[{\"material\":\"W\",\"form\":\"TECHNOLOGY\",\"massKgPerUnit\":1}]}")
                .when().post("/api/v1/parts").then().statusCode(400).body("errors[0].field", equalTo("composition[0].form"));
    }

    @Test
    void listsFilterByMaterialAndText() {
        String prefix = Fixtures.unique("FILT");
        Fixtures.createPart(prefix + "-MAG", Fixtures.MAGNET);
        Fixtures.createPart(prefix + "-GAN", "[{\"material\":\"GA\",\"form\":\"COMPOUND\",\"massKgPerUnit\":0.0004}]");
        given().queryParam("q", prefix).queryParam("material", "GA").when().get("/api/v1/parts")
                .then().statusCode(200).body("partNumber", equalTo(List.of(prefix + "-GAN")));
        given().queryParam("q", prefix.toLowerCase()).when().get("/api/v1/parts").then().body("$", hasSize(2));
    }

    @Test
    void bulkUpsertOfPartsIsAllOrNothing() {
        String prefix = Fixtures.unique("BULKP");
        String good = "{\"partNumber\":\"" + prefix + "-1\",\"composition\":[{\"material\":\"W\",\"form\":\"ALLOY\",\"massKgPerUnit\":0.4}]}";
        String bad = "{\"partNumber\":\"" + prefix + "-2\",\"composition\":[{\"material\":\"W\",\"form\":\"ALLOY\",\"massKgPerUnit\":0}]}";
        given().contentType(ContentType.JSON).body("[" + good + "," + bad + "]").when().put("/api/v1/parts:bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("[1].composition[0].massKgPerUnit"));
        given().queryParam("q", prefix).when().get("/api/v1/parts").then().body("$", hasSize(0));

        given().contentType(ContentType.JSON).body("[" + good + "]").when().put("/api/v1/parts:bulk")
                .then().statusCode(200).body("created", equalTo(1));
        given().contentType(ContentType.JSON).body("[" + good + "]").when().put("/api/v1/parts:bulk")
                .then().statusCode(200).body("unchanged", equalTo(1));
        given().contentType(ContentType.JSON).body("[" + good.replace("0.4", "0.5") + "]").when().put("/api/v1/parts:bulk")
                .then().statusCode(200).body("updated", equalTo(1));
        given().contentType(ContentType.JSON).body("[" + good + "," + good + "]").when().put("/api/v1/parts:bulk")
                .then().statusCode(400).body("errors[0].message", containsString("duplicate partNumber"));
    }

    @Test
    void partWithADeclarationCannotBeDeleted() {
        String supplier = Fixtures.unique("V");
        Fixtures.createSupplier(supplier, "JP");
        String partNumber = Fixtures.unique("P");
        String id = Fixtures.createPart(partNumber, Fixtures.MAGNET, supplier).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("{\"supplier\":\"" + supplier + "\",\"partNumber\":\"" + partNumber + "\",\"material\":\"ND\","
                        + "\"stage\":\"MAGNET\",\"shares\":{\"JP\":1},\"validFrom\":\"2025-01-01\"}")
                .when().post("/api/v1/declarations").then().statusCode(201);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/parts/" + id)
                .then().statusCode(409).body("detail", containsString("declaration"));
    }
}
