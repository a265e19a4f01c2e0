package org.procrisk.bomcheck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

/** score-batch against a stubbed gateway: complete streams, refused orders, and streams cut short. */
class ScoreBatchCommandTest extends StubGateway {

    private static final String RESULT = "{\"poNumber\":\"PO-%d\",\"score\":71,\"riskTier\":\"HIGH\"}\n";

    Path orders;

    @BeforeEach
    void file() throws IOException {
        orders = dir.resolve("orders.ndjson");
        Files.writeString(orders, "{\"poNumber\":\"PO-1\"}\n{\"poNumber\":\"PO-2\"}\n");
    }

    private void answer(String body) {
        gateway.stubFor(post(urlPathEqualTo("/api/v1/scores/batch")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-ndjson").withBody(body)));
    }

    private int run(String... args) {
        return execute(new ScoreBatchCommand(environment()), args);
    }

    @Test
    void aCompleteStreamIsCopiedAndItsSummaryDecidesTheExitStatus() {
        answer(RESULT.formatted(1) + RESULT.formatted(2)
                + "{\"summary\":{\"orders\":2,\"lines\":2,\"failed\":0,\"datasetVersion\":42}}\n");
        assertThat(run(orders.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(3).first().asString().contains("PO-1");
        assertThat(err.toString()).contains("2 orders, 2 lines, 0 refused, dataset 42");
        gateway.verify(postRequestedFor(urlPathEqualTo("/api/v1/scores/batch"))
                .withHeader("Content-Type", equalTo("application/x-ndjson")).withHeader("X-API-Key", equalTo("k-reader")));

        answer(RESULT.formatted(1) + "{\"error\":{\"index\":1}}\n{\"summary\":{\"orders\":2,\"lines\":1,\"failed\":1,\"datasetVersion\":42}}\n");
        assertThat(run(orders.toString())).isEqualTo(1);
    }

    @Test
    void aStreamWithoutItsSummaryIsReportedAsCut() {
        answer(RESULT.formatted(1) + RESULT.formatted(2));
        assertThat(run(orders.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("without its summary record").contains("incomplete");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void aConnectionDroppedMidStreamIsReportedAsCut() {
        gateway.stubFor(post(urlPathEqualTo("/api/v1/scores/batch"))
                .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        assertThat(run(orders.toString())).isEqualTo(3);
        assertThat(err.toString()).containsAnyOf("was cut", "without its summary record", "failed before any answer");
    }

    @Test
    void aRefusedBatchAndUsageErrorsExitWith3() {
        gateway.stubFor(post(urlPathEqualTo("/api/v1/scores/batch")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"detail\":\"No registry data loaded yet\"}")));
        assertThat(run(orders.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("HTTP 503").contains("No registry data loaded yet");
        assertThat(run()).isEqualTo(3);
        assertThat(run(dir.resolve("missing.ndjson").toString())).isEqualTo(3);
    }
}
