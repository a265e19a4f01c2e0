package org.procrisk.scoring.snapshot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** From no data, to data, to stale data and back, as scoring's callers see it. */
@QuarkusTest
@QuarkusTestResource(value = WireMockSupplierResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnapshotLifecycleTest {

    private static final String ORDER = SnapshotJson.examples().get(1).get("request").toString();

    @InjectSupplierMock
    WireMockServer supplier;

    @Test
    @Order(1)
    void withoutAnySnapshotScoringAnswers503AndIsNotReady() {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(503)));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200).body("result", equalTo("FAILED"));

        given().contentType(ContentType.JSON).body(ORDER).when().post("/api/v1/scores")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
        given().when().get("/q/health/ready").then().statusCode(503);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    @Order(2)
    void aLoadedSnapshotIsUsedAndNamedInEveryAnswer() {
        serveSnapshot(7);
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200)
                .body("result", equalTo("LOADED")).body("datasetVersion", equalTo(7));

        given().contentType(ContentType.JSON).body(ORDER).when().post("/api/v1/scores")
                .then().statusCode(200)
                .body("datasetVersion", equalTo(7)).body("methodVersion", equalTo("1"))
                .body("data.stale", equalTo(false)).body("data.fetchedAt", notNullValue())
                .body("score", equalTo(86));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/api/v1/data").then().statusCode(200).body("datasetVersion", equalTo(7))
                .body("materials", equalTo(27)).body("suppliers", equalTo(1)).body("parts", equalTo(1))
                .body("lastChange.caller", equalTo("compliance-admin")).body("lastChange.action", equalTo("REPLACE"))
                .body("lastChange.resourceId", equalTo("CN-2025-61"));
        // the dataset's caches and the snapshot's age are served; their values are read on the packaged
        // service (StackIT): here an earlier application of the test JVM can still own the gauges, and a
        // NaN would pass any check of the value
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics).contains("scoring_dataset_memo_size", "scoring_dataset_memo_misses",
                "scoring_dataset_evidence_misses", "scoring_snapshot_age_seconds", "scoring_snapshot_dataset_version");
    }

    @Test
    @Order(3)
    void anUnchangedRegistryAnswers304AndNothingIsReloaded() {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).withHeader("If-None-Match", WireMock.equalTo("\"7\""))
                .willReturn(aResponse().withStatus(304)));
        given().when().post("/api/v1/admin/snapshot:refresh").then().body("result", equalTo("UNCHANGED"));
    }

    @Test
    @Order(4)
    void whenTheRegistryIsDownAnswersKeepComingFlaggedStale() {
        supplier.resetAll();
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().when().post("/api/v1/admin/snapshot:refresh").then().body("result", equalTo("STALE"));

        given().contentType(ContentType.JSON).body(ORDER).when().post("/api/v1/scores")
                .then().statusCode(200).body("data.stale", equalTo(true)).body("datasetVersion", equalTo(7))
                .body("score", equalTo(86));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/api/v1/data").then().body("stale", equalTo(true)).body("lastError", notNullValue())
                .body("lastChange.resourceType", equalTo("export-control"));
    }

    @Test
    @Order(5)
    void recoveryClearsTheStaleFlagAndPicksUpTheNewVersion() {
        supplier.resetAll();
        serveSnapshot(8);
        given().when().post("/api/v1/admin/snapshot:refresh").then().body("result", equalTo("LOADED"));
        given().contentType(ContentType.JSON).body(ORDER).when().post("/api/v1/scores")
                .then().statusCode(200).body("data.stale", equalTo(false)).body("datasetVersion", equalTo(8));
    }

    private void serveSnapshot(long version) {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"" + version + "\"")
                .withBody(SnapshotJson.of(version, SnapshotJson.examples().get(11).get("registry"))
                        .replaceFirst("\\{", "{\"lastChange\":{\"recordedAt\":\"2026-11-25T09:14:03.120Z\",\"caller\":"
                                + "\"compliance-admin\",\"action\":\"REPLACE\",\"resourceType\":\"export-control\","
                                + "\"resourceId\":\"CN-2025-61\"},"))));
    }
}
