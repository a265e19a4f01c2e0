package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class SnapshotResourceTest {

    @Test
    void snapshotCarriesEverythingScoringReadsWithItsVersion() {
        Response snapshot = given().when().get("/api/v1/snapshot").then().statusCode(200)
                .body("materials", hasSize(27))
                .body("countryShares.size()", equalTo(130))
                .body("exportControls.size()", equalTo(20))
                .body("materials.find { it.code == 'DY' }.group", equalTo("HREE"))
                .extract().response();
        long version = snapshot.jsonPath().getLong("datasetVersion");
        assertThat(snapshot.header("ETag")).isEqualTo("\"" + version + "\"");
    }

    @Test
    void unchangedSnapshotIsA304AndEveryWriteBumpsTheVersion() {
        String etag = given().when().get("/api/v1/snapshot").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/snapshot").then().statusCode(304);

        String supplier = Fixtures.unique("SNAP");
        Fixtures.createSupplier(supplier, "DE");
        String partNumber = Fixtures.unique("SNAP-P");
        Fixtures.createPart(partNumber, Fixtures.MAGNET, supplier);
        given().contentType(ContentType.JSON)
                .body("{\"supplier\":\"" + supplier + "\",\"partNumber\":\"" + partNumber + "\",\"material\":\"ND\","
                        + "\"stage\":\"REFINING\",\"shares\":{\"JP\":1},\"validFrom\":\"2025-01-01\"}")
                .when().post("/api/v1/declarations").then().statusCode(201);

        Response after = given().header("If-None-Match", etag).when().get("/api/v1/snapshot")
                .then().statusCode(200)
                .body("suppliers.externalId", hasItem(supplier))
                .body("parts.find { it.partNumber == '" + partNumber + "' }.composition.size()", equalTo(3))
                .body("declarations.find { it.partNumber == '" + partNumber + "' }.shares.JP", equalTo(1))
                .extract().response();
        long before = Long.parseLong(etag.replace("\"", ""));
        assertThat(after.jsonPath().getLong("datasetVersion")).isEqualTo(before + 3);
    }

    @Test
    void theSnapshotNamesTheWriteThatMadeItsVersion() {
        String externalId = Fixtures.unique("LAST");
        given().contentType(ContentType.JSON).header("X-Caller", "erp-snapshot-test").header("X-Caller-Role", "editor")
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"x\",\"country\":\"DE\"}")
                .when().post("/api/v1/suppliers").then().statusCode(201);
        // another test class may write in between: the snapshot names whoever wrote its own version last
        Response snapshot = given().when().get("/api/v1/snapshot").then().statusCode(200).extract().response();
        long version = snapshot.jsonPath().getLong("datasetVersion");
        String caller = snapshot.jsonPath().getString("lastChange.caller");
        given().queryParam("caller", caller).when().get("/api/v1/audit").then().statusCode(200)
                .body("find { it.datasetVersion == " + version + " }.action", equalTo(snapshot.jsonPath().getString("lastChange.action")));
        assertThat(snapshot.jsonPath().getString("lastChange.recordedAt")).isNotNull();
    }

    @Test
    void aRejectedWriteDoesNotBumpTheVersion() {
        String etag = given().when().get("/api/v1/snapshot").then().extract().header("ETag");
        given().contentType(ContentType.JSON).body("{\"externalId\":\"V-NO\",\"name\":\"x\",\"country\":\"QQ\"}")
                .when().post("/api/v1/suppliers").then().statusCode(400);
        given().header("If-None-Match", etag).when().get("/api/v1/snapshot").then().statusCode(304);
    }

    @Test
    void snapshotIsGzippedForClientsThatAsk() {
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/snapshot")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }
}
