package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Answers of known length up to 64 kB are read whole and sent in one write; the rest stream as they come. */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class AnswerBodiesTest {

    @WireMockDownstreams.Supplier
    WireMockServer supplier;

    @AfterEach
    void reset() {
        supplier.resetAll();
    }

    @Test
    void answersBelowAndAboveTheGatheredSizeArriveWhole() {
        for (int size : new int[] {1, Forwarder.GATHERED_BYTES, Forwarder.GATHERED_BYTES + 1, 300_000}) {
            String body = json(size);
            supplier.stubFor(get(urlEqualTo("/api/v1/parts?size=" + size)).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Content-Length", Integer.toString(size)).withBody(body)));

            Response answer = given().header("X-API-Key", "reader-key").when().get("/api/v1/parts?size=" + size);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.header("Content-Length")).isEqualTo(Integer.toString(size));
            assertThat(answer.asString()).isEqualTo(body);
        }
    }

    @Test
    void aChunkedAnswerStaysChunked() {
        String body = json(40_000);
        supplier.stubFor(get(urlEqualTo("/api/v1/parts?chunked")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("Transfer-Encoding", "chunked").withBody(body)));

        Response answer = given().header("X-API-Key", "reader-key").when().get("/api/v1/parts?chunked");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(answer.asString()).isEqualTo(body);
    }

    @Test
    void headKeepsTheLengthOfTheGetItDescribes() {
        supplier.stubFor(head(urlEqualTo("/api/v1/parts/P-1")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("Content-Length", "1234")));

        Response answer = given().header("X-API-Key", "reader-key").when().head("/api/v1/parts/P-1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Content-Length")).isEqualTo("1234");
        assertThat(answer.asByteArray()).isEmpty();
    }

    /** A JSON string of exactly {@code size} bytes whose content changes along its length. */
    private static String json(int size) {
        if (size < 3) {
            return "1".repeat(size);
        }
        StringBuilder text = new StringBuilder(size).append('"');
        for (int i = 0; text.length() < size - 1; i++) {
            text.append((char) ('a' + i % 26));
        }
        return text.append('"').toString();
    }
}
