package org.procrisk.supplier.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.ChunkedUpload;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The registry holds chunked uploads to the gateway's 10 MB limit itself, on the bytes read. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class BodyLimitsApiTest {

    private static final int MB = 1024 * 1024;

    @Test
    void aChunkedBulkSyncPastTenMegabytesGets413() throws Exception {
        String answer = ChunkedUpload.send(RestAssured.port, "PUT", "/api/v1/parts:bulk", "application/json", 11 * MB);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("larger than the 10485760 bytes this endpoint accepts");
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheEndpoint() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/v1/suppliers", "application/json", MB);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }
}
