package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;
import org.procrisk.testing.ChunkedUpload;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The service holds chunked uploads to the gateway's per-route limits itself: 10 MB, 25 MB for BOMs, none for batch. */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class BodyLimitsApiTest {

    private static final int MB = 1024 * 1024;

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void loadSnapshot() {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SnapshotJson.of(5, SnapshotJson.allRegistries()))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void aChunkedOrderPastTenMegabytesGets413() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/v1/scores", "application/json", 11 * MB);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("larger than the 10485760 bytes this endpoint accepts");
    }

    @Test
    void aChunkedScenarioPastTenMegabytesGets413() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/v1/scenarios:evaluate", "application/json", 11 * MB);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void aChunkedBomPastItsLimitGets413() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/v1/bom-checks", "text/csv", 26 * MB);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void aChunkedBatchStreamsPastTheDefaultLimit() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/v1/scores/batch", "application/x-ndjson", 12 * MB);

        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"summary\"");
    }
}
