package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Every write path leaves exactly one record naming the caller the gateway passed on, with the request
 * id, the versions and the fields it changed; a refused write and an idempotent replay leave none.
 * Each test writes as a caller of its own, so the records it reads are its own.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class AuditTrailTest {

    @Inject
    AgroalDataSource db;

    private static RequestSpecification as(String caller, String requestId) {
        return given().contentType(ContentType.JSON).header("X-Caller", caller).header("X-Caller-Role", "admin")
                .header("X-Request-Id", requestId);
    }

    private static List<Map<String, Object>> recordsOf(String caller) {
        return given().queryParam("caller", caller).queryParam("limit", 500).when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void supplierCreateReplaceDeleteLeaveOneRecordEach() {
        String caller = Fixtures.unique("erp");
        String externalId = Fixtures.unique("V");
        String id = as(caller, "req-create-1").body("{\"externalId\":\"" + externalId + "\",\"name\":\"Ningbo\",\"country\":\"CN\"}")
                .when().post("/api/v1/suppliers").then().statusCode(201).extract().path("id");
        as(caller, "req-replace-1").header("If-Match", "\"0\"")
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"Ningbo Co.\",\"country\":\"CN\"}")
                .when().put("/api/v1/suppliers/" + id).then().statusCode(200);
        as(caller, "req-delete-1").header("If-Match", "\"1\"").when().delete("/api/v1/suppliers/" + id).then().statusCode(204);

        JsonPath records = given().queryParam("caller", caller).when().get("/api/v1/audit").then().statusCode(200)
                .body("$", hasSize(3))
                .body("action", equalTo(List.of("DELETE", "REPLACE", "CREATE")))
                .body("resourceType", equalTo(List.of("supplier", "supplier", "supplier")))
                .body("resourceId", equalTo(List.of(id, id, id)))
                .body("callerRole", equalTo(List.of("admin", "admin", "admin")))
                .body("requestId", equalTo(List.of("req-delete-1", "req-replace-1", "req-create-1")))
                .body("versionBefore", equalTo(java.util.Arrays.asList("\"1\"", "\"0\"", null)))
                .body("versionAfter", equalTo(java.util.Arrays.asList(null, "\"1\"", "\"0\"")))
                .extract().jsonPath();
        // the replace changed only the name; the create shows every field, the delete what was removed
        assertThat(records.getMap("[1].changes")).containsOnlyKeys("name");
        assertThat(records.getString("[1].changes.name.before")).isEqualTo("Ningbo");
        assertThat(records.getString("[1].changes.name.after")).isEqualTo("Ningbo Co.");
        assertThat(records.getMap("[2].changes")).containsKeys("externalId", "name", "country").doesNotContainKey("version");
        assertThat(records.getMap("[2].changes.name")).containsOnlyKeys("after");
        assertThat(records.getString("[0].changes.externalId.before")).isEqualTo(externalId);
        long newest = records.getLong("[0].datasetVersion");
        assertThat(newest).isGreaterThan(records.getLong("[1].datasetVersion"));
        given().when().get("/api/v1/audit/" + records.getLong("[0].id")).then().statusCode(200)
                .body("resourceId", equalTo(id)).body("action", equalTo("DELETE"));
    }

    @Test
    void partDeclarationSourceShareSetAndControlWritesAreRecorded() {
        String caller = Fixtures.unique("admin");
        String supplier = Fixtures.unique("V");
        Fixtures.createSupplier(supplier, "JP");
        String partNumber = Fixtures.unique("P");
        String part = "{\"partNumber\":\"" + partNumber + "\",\"composition\":" + Fixtures.MAGNET + ",\"suppliers\":[\"" + supplier + "\"]}";
        String partId = as(caller, "r1").body(part).when().post("/api/v1/parts").then().statusCode(201).extract().path("id");
        as(caller, "r2").header("If-Match", "\"0\"").body(part.replace("\"composition\"", "\"description\":\"rev B\",\"composition\""))
                .when().put("/api/v1/parts/" + partId).then().statusCode(200);

        String declaration = "{\"supplier\":\"" + supplier + "\",\"material\":\"DY\",\"stage\":\"REFINING\","
                + "\"shares\":{\"JP\":0.7,\"CN\":0.3},\"validFrom\":\"2025-01-01\"}";
        String declarationId = as(caller, "r3").body(declaration).when().post("/api/v1/declarations").then().statusCode(201)
                .extract().path("id");
        as(caller, "r4").header("If-Match", "\"0\"").body(declaration.replace("0.7", "0.6").replace("0.3", "0.4"))
                .when().put("/api/v1/declarations/" + declarationId).then().statusCode(200);
        as(caller, "r5").header("If-Match", "\"1\"").when().delete("/api/v1/declarations/" + declarationId).then().statusCode(204);
        as(caller, "r6").header("If-Match", "\"1\"").when().delete("/api/v1/parts/" + partId).then().statusCode(204);

        String sourceId = Fixtures.unique("SRC");
        as(caller, "r7").body("{\"id\":\"" + sourceId + "\",\"publisher\":\"Test\",\"title\":\"Audit test\",\"year\":2026}")
                .when().post("/api/v1/sources").then().statusCode(201);

        String set = "/api/v1/country-shares/LA/MINING/2019";
        String rows = "{\"rows\":[{\"country\":\"CN\",\"share\":0.9,\"sourceId\":\"COMPILED-ESTIMATE\",\"basis\":\"estimate\"},"
                + "{\"country\":\"ZZ\",\"share\":0.1,\"sourceId\":\"COMPILED-ESTIMATE\",\"basis\":\"estimate\"}]}";
        String etag = as(caller, "r8").header("If-None-Match", "*").body(rows).when().put(set).then().statusCode(200)
                .extract().header("ETag");
        String etag2 = as(caller, "r9").header("If-Match", etag).body(rows.replace("0.9", "0.8").replace("0.1", "0.2"))
                .when().put(set).then().statusCode(200).extract().header("ETag");
        as(caller, "r10").header("If-Match", etag2).when().delete(set).then().statusCode(204);

        String controlId = Fixtures.unique("CN-AUDIT");
        String control = "{\"id\":\"" + controlId + "\",\"issuer\":\"CN\",\"instrument\":\"MOFCOM (test)\",\"title\":\"Dy ban\","
                + "\"measure\":\"BAN\",\"direction\":\"EXPORT\",\"materials\":[\"DY\"],\"forms\":[\"MAGNET\"],\"targetCountries\":[\"DE\"],"
                + "\"endUse\":\"ANY\",\"effectiveFrom\":\"2027-01-01\",\"sourceId\":\"COMPILED-ESTIMATE\"}";
        as(caller, "r11").body(control).when().post("/api/v1/export-controls").then().statusCode(201);
        as(caller, "r12").header("If-Match", "\"0\"").body(control.replace("\"effectiveFrom\"", "\"suspendedFrom\":\"2027-02-01\",\"effectiveFrom\""))
                .when().put("/api/v1/export-controls/" + controlId).then().statusCode(200);
        as(caller, "r13").header("If-Match", "\"1\"").when().delete("/api/v1/export-controls/" + controlId).then().statusCode(204);

        List<Map<String, Object>> records = recordsOf(caller);
        assertThat(records).extracting(r -> r.get("requestId") + " " + r.get("action") + " " + r.get("resourceType"))
                .containsExactly("r13 DELETE export-control", "r12 REPLACE export-control", "r11 CREATE export-control",
                        "r10 DELETE country-share-set", "r9 REPLACE country-share-set", "r8 CREATE country-share-set",
                        "r7 CREATE source", "r6 DELETE part", "r5 DELETE declaration", "r4 REPLACE declaration",
                        "r3 CREATE declaration", "r2 REPLACE part", "r1 CREATE part");
        assertThat(records.get(1).get("changes")).isEqualTo(Map.of("suspendedFrom", withBefore(null, "2027-02-01")));
        assertThat(records.get(4)).containsEntry("resourceId", "LA/MINING/2019").containsEntry("versionBefore", etag)
                .containsEntry("versionAfter", etag2);
        given().queryParam("resourceType", "export-control").queryParam("resourceId", controlId).when().get("/api/v1/audit")
                .then().statusCode(200).body("requestId", equalTo(List.of("r13", "r12", "r11")));
    }

    private static Map<String, Object> withBefore(Object before, Object after) {
        Map<String, Object> change = new java.util.LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    @Test
    void bulkUpsertsRecordTheirCountsAndTheIdsTheyWrote() {
        String caller = Fixtures.unique("erp-sync");
        String a = Fixtures.unique("V");
        String b = Fixtures.unique("V");
        String first = "[{\"externalId\":\"" + a + "\",\"name\":\"A\",\"country\":\"CN\"},{\"externalId\":\"" + b + "\",\"name\":\"B\",\"country\":\"JP\"}]";
        as(caller, "bulk-1").body(first).when().put("/api/v1/suppliers:bulk").then().statusCode(200).body("created", equalTo(2));
        String second = first.replace("\"name\":\"B\"", "\"name\":\"B2\"");
        long datasetVersion = as(caller, "bulk-2").body(second).when().put("/api/v1/suppliers:bulk").then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(1)).extract().jsonPath().getLong("datasetVersion");

        String idOfB = given().queryParam("q", b).when().get("/api/v1/suppliers").then().extract().path("[0].id");
        JsonPath records = given().queryParam("caller", caller).when().get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(List.of("BULK_UPSERT", "BULK_UPSERT")))
                .body("counts[0].updated", equalTo(1)).body("counts[0].unchanged", equalTo(1))
                .body("counts[1].created", equalTo(2))
                .extract().jsonPath();
        assertThat(records.getLong("[0].datasetVersion")).isEqualTo(datasetVersion);
        given().when().get("/api/v1/audit/" + records.getLong("[0].id")).then().statusCode(200)
                .body("items.resourceId", equalTo(List.of(idOfB))).body("items.change", equalTo(List.of("UPDATED")));
        given().when().get("/api/v1/audit/" + records.getLong("[1].id")).then().statusCode(200).body("items", hasSize(2));
        // the supplier's own history includes the bulk writes that touched it
        given().queryParam("resourceId", idOfB).when().get("/api/v1/audit").then()
                .body("requestId", equalTo(List.of("bulk-2", "bulk-1")));
    }

    @Test
    void refusedWritesAndReplaysLeaveNoRecord() {
        String caller = Fixtures.unique("erp");
        String externalId = Fixtures.unique("V");
        String body = "{\"externalId\":\"" + externalId + "\",\"name\":\"N\",\"country\":\"CN\"}";
        String id = as(caller, "ok").header("Idempotency-Key", "k-1").body(body).when().post("/api/v1/suppliers")
                .then().statusCode(201).extract().path("id");
        as(caller, "replay").header("Idempotency-Key", "k-1").body(body).when().post("/api/v1/suppliers")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        as(caller, "dup").body(body).when().post("/api/v1/suppliers").then().statusCode(409);
        as(caller, "bad").body("{\"externalId\":\"\",\"name\":\"N\",\"country\":\"XX\"}").when().post("/api/v1/suppliers")
                .then().statusCode(400);
        as(caller, "stale").header("If-Match", "\"7\"").body(body).when().put("/api/v1/suppliers/" + id).then().statusCode(412);
        as(caller, "blind").body(body).when().put("/api/v1/suppliers/" + id).then().statusCode(428);
        as(caller, "gone").header("If-Match", "\"0\"").when().delete("/api/v1/suppliers/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        as(caller, "too-many").body("[" + String.join(",", java.util.Collections.nCopies(2, "{\"externalId\":\"" + externalId
                + "\",\"name\":\"N\",\"country\":\"CN\"}")) + "]").when().put("/api/v1/suppliers:bulk").then().statusCode(400);

        assertThat(recordsOf(caller)).extracting(r -> r.get("requestId")).containsExactly("ok");
    }

    @Test
    void recordsCannotBeChangedOrDeletedEvenInTheDatabase() throws SQLException {
        String caller = Fixtures.unique("erp");
        as(caller, "x").body("{\"externalId\":\"" + Fixtures.unique("V") + "\",\"name\":\"N\",\"country\":\"CN\"}")
                .when().post("/api/v1/suppliers").then().statusCode(201);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET caller = 'someone else' WHERE caller = '" + caller + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record WHERE caller = '" + caller + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(recordsOf(caller)).hasSize(1);
        given().when().post("/api/v1/audit").then().statusCode(405);
    }

    @Test
    void filtersAreCheckedAndCallsOutsideTheGatewayAreInternal() {
        given().queryParam("action", "UPSERT").when().get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        given().queryParam("from", "yesterday").when().get("/api/v1/audit").then().statusCode(400);
        given().queryParam("cursor", "bm9wZQ").when().get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().when().get("/api/v1/audit/999999999").then().statusCode(404);

        String externalId = Fixtures.unique("V");
        Fixtures.createSupplier(externalId, "JP");
        given().queryParam("caller", "internal").queryParam("from", java.time.Instant.now().minusSeconds(60).toString())
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("changes.externalId.after", org.hamcrest.Matchers.hasItem(externalId));
    }
}
