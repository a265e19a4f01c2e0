package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class BatchResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void loadSnapshot() {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SnapshotJson.of(5, SnapshotJson.allRegistries()))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void ndjsonInGivesOneResultPerOrderErrorsInPlaceAndASummary() throws Exception {
        StringBuilder body = new StringBuilder();
        JsonNode examples = SnapshotJson.examples();
        examples.forEach(e -> body.append(e.get("request").toString()).append('\n'));
        body.append("{not json\n");
        body.append("{\"poNumber\":\"BAD\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[{\"lineNumber\":1,\"quantity\":-1,\"unitPrice\":1,\"partNumber\":\"X\"}]}\n");

        String answer = given().contentType("application/x-ndjson").body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/scores/batch")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : answer.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(15);
        for (int i = 0; i < 12; i++) {
            JsonNode want = examples.get(i).get("expected");
            assertThat(lines.get(i).get("poNumber").asText()).isEqualTo(examples.get(i).get("request").get("poNumber").asText());
            assertThat(lines.get(i).get("score").asInt()).isEqualTo(want.get("score").asInt());
            assertThat(lines.get(i).get("lines").get(0).has("materials")).isFalse();
        }
        assertThat(lines.get(12).get("error").get("problem").get("status").asInt()).isEqualTo(400);
        assertThat(lines.get(13).get("error").get("poNumber").asText()).isEqualTo("BAD");
        assertThat(lines.get(13).get("error").get("problem").get("errors").get(0).get("field").asText())
                .isEqualTo("lines[0].quantity");
        JsonNode summary = lines.get(14).get("summary");
        assertThat(JSON.convertValue(summary, Map.class)).containsEntry("orders", 14).containsEntry("failed", 2)
                .containsEntry("lines", 14).containsEntry("datasetVersion", 5);
    }

    @Test
    void aJsonArrayIsAcceptedToo() throws Exception {
        String array = "[" + SnapshotJson.examples().get(0).get("request") + "," + SnapshotJson.examples().get(1).get("request") + "]";
        String answer = given().contentType("application/json").body(array).queryParam("detail", "full")
                .when().post("/api/v1/scores/batch").then().statusCode(200).extract().asString();
        String[] lines = answer.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[1]).get("lines").get(0).has("materials")).isTrue();
        assertThat(JSON.readTree(lines[2]).get("summary").get("orders").asInt()).isEqualTo(2);
    }

    @Test
    void theSummaryDetailAnswersEachOrdersTotalsWithoutItsLines() throws Exception {
        JsonNode example = SnapshotJson.examples().get(0);
        String answer = given().contentType("application/x-ndjson").body((example.get("request") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("detail", "summary").when().post("/api/v1/scores/batch").then().statusCode(200).extract().asString();
        JsonNode order = JSON.readTree(answer.split("\n")[0]);
        assertThat(order.has("lines")).isFalse();
        assertThat(order.get("score").asInt()).isEqualTo(example.get("expected").get("score").asInt());
        assertThat(order.has("exposureByControl")).isTrue();
        given().contentType("application/x-ndjson").body((example.get("request") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).queryParam("detail", "brief")
                .when().post("/api/v1/scores/batch").then().statusCode(400);
    }
}
