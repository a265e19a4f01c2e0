package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class ReferenceDataResourceTest {

    @Test
    void sourcesAreListedWithTheirUrls() {
        given().when().get("/api/v1/sources").then().statusCode(200)
                .body("id", hasItems("USGS-MCS-2025-REE", "COMPILED-ESTIMATE", "MOFCOM-2025-18"));
        given().when().get("/api/v1/sources/USGS-MCS-2025-GA").then().statusCode(200)
                .body("url", startsWith("https://pubs.usgs.gov/"));
        given().when().get("/api/v1/sources/NOPE").then().statusCode(404);
    }

    @Test
    void countrySharesFilterAndCarryTheirSourcesAndRanges() {
        given().queryParam("material", "DY").queryParam("stage", "REFINING").queryParam("year", 2024)
                .when().get("/api/v1/country-shares").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].country", equalTo("CN")).body("[0].share", equalTo(0.99f))
                .body("[0].sourceId", equalTo("COMPILED-ESTIMATE")).body("[0].basis", equalTo("estimate"));
        given().queryParam("stage", "SMELTING").when().get("/api/v1/country-shares").then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
    }

    @Test
    void aShareSetIsCreatedReplacedAndDeletedWhole() {
        String path = "/api/v1/country-shares/LA/REFINING/2024";
        String set = "{\"rows\":[{\"country\":\"CN\",\"share\":0.9,\"sourceId\":\"COMPILED-ESTIMATE\",\"basis\":\"estimate\",\"notes\":\"range 0.85-0.95\"},"
                + "{\"country\":\"ZZ\",\"share\":0.1,\"sourceId\":\"COMPILED-ESTIMATE\",\"basis\":\"estimate\"}]}";
        given().contentType(ContentType.JSON).body(set).when().put(path).then().statusCode(428);
        String etag = given().contentType(ContentType.JSON).header("If-None-Match", "*").body(set).when().put(path)
                .then().statusCode(200).body("$", hasSize(2)).extract().header("ETag");
        given().when().get(path).then().statusCode(200).header("ETag", etag).body("[0].notes", equalTo("range 0.85-0.95"));

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(set.replace("0.9", "0.8")).when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("rows"));
        String replaced = set.replace("0.9", "0.8").replace("\"ZZ\",\"share\":0.1", "\"ZZ\",\"share\":0.2");
        String etag2 = given().contentType(ContentType.JSON).header("If-Match", etag).body(replaced).when().put(path)
                .then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(replaced).when().put(path).then().statusCode(412);
        given().header("If-Match", etag2).when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void shareRowsAreValidatedOneByOne() {
        given().contentType(ContentType.JSON).header("If-None-Match", "*")
                .body("{\"rows\":[{\"country\":\"CN\",\"share\":1.2,\"sourceId\":\"NOPE\",\"basis\":\"guess\"},"
                        + "{\"country\":\"CN\",\"share\":0.1,\"sourceId\":\"COMPILED-ESTIMATE\",\"basis\":\"estimate\"}]}")
                .when().put("/api/v1/country-shares/XX/REFINING/2024")
                .then().statusCode(400)
                .body("errors.field", hasItems("rows[0].share", "rows[0].basis"));
        given().contentType(ContentType.JSON).header("If-None-Match", "*")
                .body("{\"rows\":[{\"country\":\"CN\",\"share\":0.5,\"sourceId\":\"NOPE\",\"basis\":\"estimate\"},"
                        + "{\"country\":\"CN\",\"share\":0.5,\"sourceId\":\"COMPILED-ESTIMATE\",\"basis\":\"estimate\"}]}")
                .when().put("/api/v1/country-shares/XX/REFINING/2024")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("material", "rows[0].sourceId", "rows[1].country")));
    }

    @Test
    void exportControlsFilterByMaterialIncludingReeAndByDate() {
        given().queryParam("material", "DY").queryParam("inForceOn", "2025-06-01").when().get("/api/v1/export-controls")
                .then().statusCode(200)
                .body("id", equalTo(List.of("CN-2023-TECH-CAT", "CN-2025-18", "US-DFARS-7052-MAG")));
        given().queryParam("material", "GA").queryParam("target", "US").queryParam("inForceOn", "2025-12-15")
                .when().get("/api/v1/export-controls").then()
                .body("id", hasItems("CN-2023-23", "CN-2024-46-C1")).body("id", not(hasItem("CN-2024-46-C2")));
        given().queryParam("material", "GA").queryParam("target", "US").queryParam("inForceOn", "2025-03-01")
                .when().get("/api/v1/export-controls").then().body("id", hasItem("CN-2024-46-C2"));
        given().queryParam("direction", "IMPORT").queryParam("programme", "US-DOD").when().get("/api/v1/export-controls")
                .then().body("id", equalTo(List.of("US-DFARS-7052-2027", "US-DFARS-7052-MAG", "US-DFARS-7052-W")));
        given().when().get("/api/v1/export-controls/CN-2025-18").then().statusCode(200)
                .body("materials", hasItems("DY", "TB")).body("sourceUrl", startsWith("http")).header("ETag", "\"0\"");
        given().queryParam("inForceOn", "not-a-date").when().get("/api/v1/export-controls").then().statusCode(400)
                .body("errors[0].field", equalTo("inForceOn"));
    }

    @Test
    void aNewControlCanBeEnteredTheDayItIsAnnounced() {
        String body = """
                {"id":"CN-2026-TEST","issuer":"CN","instrument":"MOFCOM Announcement (test)","title":"Dy/Tb magnet ban to DE",
                 "measure":"BAN","direction":"EXPORT","materials":["DY","TB"],"forms":["MAGNET"],"targetCountries":["DE"],
                 "endUse":"ANY","announced":"2026-11-20","effectiveFrom":"2027-01-01","sourceId":"COMPILED-ESTIMATE"}""";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/export-controls")
                .then().statusCode(201).header("ETag", "\"0\"").body("targetCountries", equalTo(List.of("DE")));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/export-controls").then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.replace("\"effectiveFrom\":\"2027-01-01\"", "\"effectiveFrom\":\"2027-01-01\",\"suspendedFrom\":\"2026-12-15\""))
                .when().put("/api/v1/export-controls/CN-2026-TEST").then().statusCode(200).header("ETag", "\"1\"");
        given().queryParam("material", "TB").queryParam("target", "DE").queryParam("inForceOn", "2027-02-01")
                .when().get("/api/v1/export-controls").then().body("id", not(hasItem("CN-2026-TEST")));
        given().header("If-Match", "\"1\"").when().delete("/api/v1/export-controls/CN-2026-TEST").then().statusCode(204);
    }

    @Test
    void controlDatesTargetsAndProgrammesAreChecked() {
        given().contentType(ContentType.JSON).body("""
                {"id":"BAD-1","issuer":"ZZ","instrument":"x","title":"x","measure":"BAN","direction":"IMPORT",
                 "materials":["DY","XX"],"forms":["MAGNET"],"targetCountries":["ALL","DE"],"endUse":"ANY",
                 "effectiveFrom":"2027-01-01","ended":"2026-01-01","suspendedFrom":"2026-06-01","suspendedUntil":"2026-05-01",
                 "sourceId":"NOPE"}""")
                .when().post("/api/v1/export-controls")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("issuer", "materials[1]", "targetCountries", "programme",
                        "effectiveFrom", "suspendedUntil", "sourceId")));
        given().contentType(ContentType.JSON).body("""
                {"id":"BAD-2","issuer":"CN","instrument":"x","title":"x","measure":"EMBARGO","direction":"EXPORT",
                 "forms":["MAGNET"],"targetCountries":["ALL"],"endUse":"ANY","sourceId":"COMPILED-ESTIMATE"}""")
                .when().post("/api/v1/export-controls")
                .then().statusCode(400).body("errors[0].field", equalTo("measure"));
    }
}
