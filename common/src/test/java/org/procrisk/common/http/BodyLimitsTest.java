package org.procrisk.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.procrisk.testing.ChunkedUpload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Body limits hold on the bytes read, declared or chunked, per route (1 MB here; /api/sample/stream unlimited). */
@QuarkusTest
class BodyLimitsTest {

    private static final int MB = 1024 * 1024;

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedBeforeReading() throws Exception {
        // only the head is sent: the answer must come without a byte of the body
        String answer = ChunkedUpload.declared(RestAssured.port, "/api/sample/upload", "application/octet-stream", MB + 1);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("The request body of 1048577 bytes is larger than the 1048576 bytes this endpoint accepts");
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() {
        given().contentType("application/octet-stream").body(new byte[MB])
                .when().post("/api/sample/upload")
                .then().statusCode(200).body(equalTo(String.valueOf(MB)));
    }

    @Test
    void aChunkedUploadPastTheLimitGets413() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/sample/upload", "application/octet-stream", 3 * MB);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("larger than the 1048576 bytes this endpoint accepts");
    }

    @Test
    void aChunkedJsonBodyPastTheLimitGets413BeforeBinding() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/sample/orders", "application/json", 2 * MB);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void aChunkedUploadWithinTheLimitIsReadWhole() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/sample/upload", "application/octet-stream", MB);

        assertThat(answer).startsWith("HTTP/1.1 200").endsWith("\n" + MB);
    }

    @Test
    void anUnlimitedRouteStreamsPastTheDefault() throws Exception {
        String answer = ChunkedUpload.post(RestAssured.port, "/api/sample/stream", "application/octet-stream", 5 * MB);

        assertThat(answer).startsWith("HTTP/1.1 200").endsWith("\n" + 5 * MB);
    }

    @Test
    void readsAreNotLimited() {
        given().when().get("/api/sample/page?limit=1").then().statusCode(200).body(containsString("1"));
    }
}
