package org.procrisk.supplier.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class SnapshotBodiesTest {

    @Inject
    SnapshotBodies bodies;

    @Inject
    SnapshotService snapshots;

    @Test
    void aVersionIsRenderedOnceAndEveryFetchOfItGetsTheSameBytes() {
        Response first = given().when().get("/api/v1/snapshot").then().statusCode(200).extract().response();
        Response second = given().when().get("/api/v1/snapshot").then().statusCode(200).extract().response();

        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.jsonPath().getString("generatedAt")).isEqualTo(first.jsonPath().getString("generatedAt"));
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
    }

    @Test
    void aWriteIsNeverHiddenBehindTheRenderedVersion() {
        Response before = given().when().get("/api/v1/snapshot").then().statusCode(200).extract().response();
        String supplier = "SNAPB-" + System.nanoTime();
        createSupplier(supplier);

        Response after = given().when().get("/api/v1/snapshot").then().statusCode(200).extract().response();

        assertThat(after.jsonPath().getLong("datasetVersion")).isEqualTo(before.jsonPath().getLong("datasetVersion") + 1);
        assertThat(after.jsonPath().getList("suppliers.externalId")).contains(supplier);
        assertThat(after.header("ETag")).isEqualTo("\"" + after.jsonPath().getLong("datasetVersion") + "\"");
    }

    @Test
    void aNewVersionIsRenderedAheadOnlyOnceWritesHaveSettledForATick() {
        given().when().get("/api/v1/snapshot").then().statusCode(200);
        bodies.prerender();
        createSupplier("SNAPT-" + System.nanoTime());
        long version = snapshots.currentVersion();

        bodies.prerender();
        assertThat(bodies.renderedVersion()).as("first tick after the write: still moving").isLessThan(version);
        bodies.prerender();
        assertThat(bodies.renderedVersion()).as("second tick, no write in between").isEqualTo(version);
    }

    private static void createSupplier(String externalId) {
        given().contentType(ContentType.JSON).body("{\"externalId\":\"" + externalId + "\",\"name\":\"Snapshot test\",\"country\":\"DE\"}")
                .when().post("/api/v1/suppliers").then().statusCode(201);
    }
}
