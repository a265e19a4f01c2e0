package org.procrisk.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.procrisk.gateway.testing.WireMockDownstreams;
import org.procrisk.testing.ChunkedUpload;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The per-route body limits count bytes actually read, so a chunked upload without Content-Length is held to them too. */
@QuarkusTest
@QuarkusTestResource(value = WireMockDownstreams.class, restrictToAnnotatedClass = true)
class ChunkedBodyLimitTest {

    private static final int MB = 1024 * 1024;

    @WireMockDownstreams.Scoring
    WireMockServer scoring;

    @Test
    void aChunkedUploadPastTheRouteLimitGets413() throws Exception {
        scoring.stubFor(post(urlEqualTo("/api/v1/scores")).willReturn(aResponse().withStatus(200).withBody("{}")));

        String answer = sendChunked("/api/v1/scores", 11 * MB);  // the default limit is 10 MB

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("10485760 bytes");
    }

    @Test
    void aChunkedUploadWithinTheLimitPassesWhole() throws Exception {
        scoring.stubFor(post(urlEqualTo("/api/v1/scores")).willReturn(aResponse().withStatus(200).withBody("{}")));

        String answer = sendChunked("/api/v1/scores", 2 * MB);

        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(scoring.findAll(postRequestedFor(urlEqualTo("/api/v1/scores"))))
                .anySatisfy(r -> assertThat(r.getBody()).hasSize(2 * MB));
    }

    private static String sendChunked(String path, int bytes) throws Exception {
        return ChunkedUpload.post(RestAssured.port, path, "application/json", bytes, "X-API-Key: reader-key");
    }
}
