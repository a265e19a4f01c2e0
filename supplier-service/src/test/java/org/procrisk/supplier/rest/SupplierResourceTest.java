package org.procrisk.supplier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class SupplierResourceTest {

    @Test
    void createGetReplaceDelete() {
        String externalId = Fixtures.unique("V");
        Response created = given().contentType(ContentType.JSON)
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"Ningbo Magnet\",\"country\":\"CN\","
                        + "\"sites\":[{\"name\":\"Ningbo plant\",\"country\":\"CN\",\"role\":\"MAGNET_MAKER\"}]}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/suppliers/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("externalId", equalTo(externalId))
                .body("sites[0].role", equalTo("MAGNET_MAKER"))
                .body("createdAt", notNullValue())
                .extract().response();
        String id = created.path("id");

        given().when().get("/api/v1/suppliers/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Ningbo Magnet"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"Ningbo Magnet Co.\",\"country\":\"CN\"}")
                .when().put("/api/v1/suppliers/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Ningbo Magnet Co."))
                .body("sites", hasSize(0));

        given().header("If-Match", "\"1\"").when().delete("/api/v1/suppliers/" + id).then().statusCode(204);
        given().when().get("/api/v1/suppliers/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aWeakETagNeverPassesIfMatch() {
        String externalId = Fixtures.unique("W");
        String id = Fixtures.createSupplier(externalId, "JP").extract().path("id");
        String body = "{\"externalId\":\"" + externalId + "\",\"name\":\"Weak\",\"country\":\"JP\"}";

        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(body)
                .when().put("/api/v1/suppliers/" + id).then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "W/\"0\", W/\"1\"").when().delete("/api/v1/suppliers/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\", \"0\"").body(body)
                .when().put("/api/v1/suppliers/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void writesNeedTheCurrentETag() {
        String id = Fixtures.createSupplier(Fixtures.unique("V"), "JP").extract().path("id");
        String body = "{\"externalId\":\"" + Fixtures.unique("V") + "\",\"name\":\"x\",\"country\":\"JP\"}";

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/suppliers/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:procrisk:problem:precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).when().put("/api/v1/suppliers/" + id)
                .then().statusCode(412).header("ETag", "\"0\"")
                .body("type", equalTo("urn:procrisk:problem:precondition-failed"));
        given().when().delete("/api/v1/suppliers/" + id).then().statusCode(428);
        given().header("If-Match", "\"3\"").when().delete("/api/v1/suppliers/" + id).then().statusCode(412);
        given().when().get("/api/v1/suppliers/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsWritten() {
        String externalId = Fixtures.unique("V");
        given().contentType(ContentType.JSON)
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"" + "n".repeat(201) + "\",\"country\":\"XX\","
                        + "\"sites\":[{\"name\":\"\",\"country\":\"de\",\"role\":\"MINE\"}]}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("name", "sites[0].name", "country", "sites[0].country")));
        given().queryParam("q", externalId).when().get("/api/v1/suppliers").then().body("$", hasSize(0));
    }

    @Test
    void unknownFieldsAndEnumValuesAreRejected() {
        given().contentType(ContentType.JSON)
                .body("{\"externalId\":\"V-X\",\"name\":\"n\",\"country\":\"DE\",\"rating\":5}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(400).body("errors[0].field", equalTo("rating"));
        given().contentType(ContentType.JSON)
                .body("{\"externalId\":\"V-X\",\"name\":\"n\",\"country\":\"DE\",\"sites\":[{\"name\":\"a\",\"country\":\"DE\",\"role\":\"SMELTER\"}]}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(400).body("errors[0].field", equalTo("sites[0].role"));
    }

    @Test
    void duplicateExternalIdIsAConflict() {
        String externalId = Fixtures.unique("V");
        Fixtures.createSupplier(externalId, "DE");
        given().contentType(ContentType.JSON)
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"again\",\"country\":\"DE\"}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(409).body("detail", containsString(externalId));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRejectsAnotherBody() {
        String key = Fixtures.unique("key");
        String externalId = Fixtures.unique("V");
        String body = "{\"externalId\":\"" + externalId + "\",\"name\":\"Idem\",\"country\":\"AU\"}";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/suppliers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/suppliers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"externalId\":\"" + externalId + "\",\"name\":\"Other\",\"country\":\"AU\"}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(422).contentType("application/problem+json");
        given().queryParam("q", externalId).when().get("/api/v1/suppliers").then().body("$", hasSize(1));
    }

    @Test
    void concurrentRetriesOfAFailingCreateNeverAnswer500() throws Exception {
        String externalId = Fixtures.unique("RACE");
        Fixtures.createSupplier(externalId, "DE");  // every create below fails (409) and releases its key
        String key = Fixtures.unique("race-key");
        String body = "{\"externalId\":\"" + externalId + "\",\"name\":\"Race\",\"country\":\"DE\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Integer>>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            runs.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    statuses.add(given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                            .when().post("/api/v1/suppliers").then().extract().statusCode());
                }
                return statuses;
            }));
        }
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> run : runs) {
            all.addAll(run.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(all).hasSize(120).allMatch(status -> status == 409);
    }

    @Test
    void idempotencyKeysBelongToTheirCaller() {
        String key = "1";  // what two ERP systems would both send
        String externalId = Fixtures.unique("V");
        String body = "{\"externalId\":\"" + externalId + "\",\"name\":\"Per caller\",\"country\":\"AU\"}";
        String first = given().contentType(ContentType.JSON).header("X-Caller", "erp-a").header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/suppliers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("X-Caller", "erp-a").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/suppliers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        // Another caller's identical request is its own: processed, not answered with erp-a's resource.
        given().contentType(ContentType.JSON).header("X-Caller", "erp-b").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/suppliers")
                .then().statusCode(409).header("Idempotent-Replayed", nullValue())
                .body("detail", containsString("already exists"));
        String other = Fixtures.unique("V");
        given().contentType(ContentType.JSON).header("X-Caller", "erp-b").header("Idempotency-Key", key)
                .body("{\"externalId\":\"" + other + "\",\"name\":\"Per caller\",\"country\":\"AU\"}")
                .when().post("/api/v1/suppliers")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).body("externalId", equalTo(other));
    }

    @Test
    void failedCreateReleasesItsIdempotencyKey() {
        String key = Fixtures.unique("key");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"externalId\":\"V-BAD\",\"name\":\"x\",\"country\":\"QQ\"}")
                .when().post("/api/v1/suppliers").then().statusCode(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"externalId\":\"V-BAD\",\"name\":\"x\",\"country\":\"QQ\"}")
                .when().post("/api/v1/suppliers").then().statusCode(400);
    }

    @Test
    void listsPageByCursorWithoutGapsOrRepeatsWhileOthersInsert() {
        String prefix = Fixtures.unique("PAGE");
        for (int i = 0; i < 7; i++) {
            Fixtures.createSupplier(prefix + "-" + (char) ('B' + 2 * i), "DE");
        }
        List<String> seen = new ArrayList<>();
        String url = "/api/v1/suppliers?q=" + prefix + "&limit=3";
        int pages = 0;
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).when().get(url).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("externalId"));
            if (pages++ == 0) {
                // Inserted behind and ahead of the cursor while the client pages.
                Fixtures.createSupplier(prefix + "-A", "DE");
                Fixtures.createSupplier(prefix + "-Z", "DE");
            }
            String link = page.header("Link");
            url = link == null ? null : link.substring(link.indexOf("/api/v1/"), link.indexOf('>'));
        }
        assertThat(seen).doesNotHaveDuplicates().isSorted().contains(prefix + "-Z").doesNotContain(prefix + "-A");
        assertThat(seen).hasSize(8);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void listFiltersByCountry() {
        String prefix = Fixtures.unique("CTRY");
        Fixtures.createSupplier(prefix + "-1", "MY");
        Fixtures.createSupplier(prefix + "-2", "EE");
        given().queryParam("q", prefix).queryParam("country", "EE").when().get("/api/v1/suppliers")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].externalId", equalTo(prefix + "-2"))
                .header("Link", nullValue());
        given().queryParam("limit", 501).when().get("/api/v1/suppliers").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "%%%").when().get("/api/v1/suppliers").then().statusCode(400);
    }

    @Test
    void supplierReferencedByAPartCannotBeDeleted() {
        String externalId = Fixtures.unique("V");
        String id = Fixtures.createSupplier(externalId, "CN").extract().path("id");
        String partNumber = Fixtures.unique("P");
        Fixtures.createPart(partNumber, Fixtures.MAGNET, externalId);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/suppliers/" + id)
                .then().statusCode(409).body("detail", containsString(partNumber));
        given().when().get("/api/v1/parts?q=" + partNumber).then().body("[0].suppliers", hasItem(externalId));
    }

    @Test
    void bulkUpsertIsAllOrNothingAndCountsWhatChanged() {
        String a = Fixtures.unique("BULK");
        String b = Fixtures.unique("BULK");
        given().contentType(ContentType.JSON)
                .body("[{\"externalId\":\"" + a + "\",\"name\":\"A\",\"country\":\"DE\"},"
                        + "{\"externalId\":\"" + b + "\",\"name\":\"B\",\"country\":\"XX\"}]")
                .when().put("/api/v1/suppliers:bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("[1].country"));
        given().queryParam("q", a).when().get("/api/v1/suppliers").then().body("$", hasSize(0));

        String both = "[{\"externalId\":\"" + a + "\",\"name\":\"A\",\"country\":\"DE\"},"
                + "{\"externalId\":\"" + b + "\",\"name\":\"B\",\"country\":\"FR\"}]";
        given().contentType(ContentType.JSON).body(both).when().put("/api/v1/suppliers:bulk")
                .then().statusCode(200).body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        int changed = given().contentType(ContentType.JSON)
                .body(both.replace("\"name\":\"B\"", "\"name\":\"B2\""))
                .when().put("/api/v1/suppliers:bulk")
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .extract().path("datasetVersion");
        // the same again changes nothing, so it makes no new dataset version (nothing would be re-scored)
        given().contentType(ContentType.JSON)
                .body(both.replace("\"name\":\"B\"", "\"name\":\"B2\""))
                .when().put("/api/v1/suppliers:bulk")
                .then().statusCode(200).body("unchanged", equalTo(2)).body("datasetVersion", equalTo(changed));
    }
}
