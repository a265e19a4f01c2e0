package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** POST /scores against a snapshot served by a fake supplier-service holding every example's fixtures. */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class ScoreResourceTest {

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void loadEveryExampleFixture() {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(SnapshotJson.of(11, SnapshotJson.allRegistries()))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void everyWorkedExampleMatchesThroughTheApi() {
        JsonNode examples = SnapshotJson.examples();
        for (JsonNode example : examples) {
            JsonPath answer = given().contentType(ContentType.JSON).body(example.get("request").toString())
                    .when().post("/api/v1/scores").then().statusCode(200).extract().jsonPath();
            assertMatches(example, answer);
        }
        assertThat(examples.size()).isEqualTo(12);
    }

    static void assertMatches(JsonNode example, JsonPath answer) {
        JsonNode want = example.get("expected");
        String name = example.get("name").asText();
        for (String money : List.of("totalValue", "controlValueAtRisk", "singleCountryRefiningValue", "coverage")) {
            assertThat(new BigDecimal(answer.getString(money))).as(name + " " + money)
                    .isEqualByComparingTo(want.get(money).asText());
        }
        assertThat(answer.getInt("score")).as(name + " score").isEqualTo(want.get("score").asInt());
        assertThat(answer.getString("riskTier")).as(name).isEqualTo(want.get("riskTier").asText());
        for (int i = 0; i < want.get("lines").size(); i++) {
            JsonNode line = want.get("lines").get(i);
            String at = "lines[" + i + "].";
            assertThat(answer.getInt(at + "lineNumber")).isEqualTo(line.get("lineNumber").asInt());
            assertThat(answer.getBoolean(at + "scored")).as(name).isEqualTo(line.get("scored").asBoolean());
            assertThat(answer.getList(at + "flags")).as(name + " flags").isEqualTo(texts(line.get("flags")));
            if (line.get("scored").asBoolean()) {
                for (String p : List.of("controlProbability", "concentration", "risk")) {
                    assertThat(new BigDecimal(answer.getString(at + p))).as(name + " " + p)
                            .isEqualByComparingTo(line.get(p).asText());
                }
                assertThat(answer.getList(at + "controls.id")).as(name + " controls").isEqualTo(texts(line.get("controls")));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void answersExplainEachMaterialStageByStage() {
        String order = SnapshotJson.examples().get(11).get("request").toString();
        given().contentType(ContentType.JSON).body(order).when().post("/api/v1/scores")
                .then().statusCode(200)
                .body("lines[0].supplierName", equalTo("Example Magnetics KK"))
                .body("lines[0].criticalMaterial", equalTo("DY"))
                .body("lines[0].materials.find { it.material == 'DY' }.stages.find { it.stage == 'REFINING' }.origin", equalTo("DECLARATION"))
                .body("lines[0].materials.find { it.material == 'DY' }.stages.find { it.stage == 'MAGNET' }.origin", equalTo("REE"))
                .body("lines[0].materials.find { it.material == 'DY' }.stages.find { it.stage == 'MAGNET' }.year", equalTo(2024))
                .body("lines[0].materials.find { it.material == 'PR' }.topRefiningCountry", equalTo("CN"))
                .body("lines[0].controls[0].sourceUrl", equalTo(
                        "https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials"))
                .body("lines[0].contextControls.id", hasItem("CN-2023-TECH-CAT"))
                .body("exposureByRefiningCountry[0].country", equalTo("JP"))
                .body("exposureByControl[0].controlId", equalTo("CN-2025-18"));
        given().contentType(ContentType.JSON).body(order).queryParam("detail", "compact").when().post("/api/v1/scores")
                .then().statusCode(200).body("lines[0].materials", equalTo(null));
    }

    /** Buffered whole, an answer of tens of kB leaves in one write with its length, not in 8 kB chunks. */
    @Test
    void aTwentyLineAnswerIsSentWithItsLength() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            lines.append(i == 1 ? "" : ",").append("{\"lineNumber\":").append(i).append(",\"quantity\":10,\"unitPrice\":\"2.00\",")
                    .append("\"composition\":[{\"material\":\"ND\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.2},")
                    .append("{\"material\":\"DY\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.01}]}");
        }
        String order = "{\"poNumber\":\"PO-LEN\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"asOf\":\"2025-06-01\",\"lines\":["
                + lines + "]}";
        HttpResponse<byte[]> answer = postUncompressed(order);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length).isGreaterThan(8192);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(answer.headers().firstValue("Content-Length")).contains(Integer.toString(answer.body().length));
    }

    @Test
    void anAnswerPastTheOutputBufferIsStreamedWhole() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            lines.append(i == 1 ? "" : ",").append("{\"lineNumber\":").append(i).append(",\"quantity\":10,\"unitPrice\":\"2.00\",")
                    .append("\"composition\":[{\"material\":\"ND\",\"form\":\"MAGNET\",\"massKgPerUnit\":0.2}]}");
        }
        HttpResponse<byte[]> answer = postUncompressed("{\"poNumber\":\"PO-BIG\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\","
                + "\"asOf\":\"2025-06-01\",\"lines\":[" + lines + "]}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length).isGreaterThan(65536);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).contains("chunked");
        assertThat(JsonPath.from(new String(answer.body(), StandardCharsets.UTF_8)).getList("lines")).hasSize(400);
    }

    /** Not REST Assured: it asks for gzip, and a compressed answer is small anyway. ERPs posting from the same data centre often do not. */
    private static HttpResponse<byte[]> postUncompressed(String order) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/scores"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(order)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void malformedOrdersGet400NamingEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"poNumber\":\"\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[{\"lineNumber\":0,"
                        + "\"quantity\":0,\"unitPrice\":-1,\"composition\":[{\"material\":\"ND\",\"form\":\"MAGNET\",\"massKgPerUnit\":0}]}]}")
                .when().post("/api/v1/scores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("lines[0].composition[0].massKgPerUnit", "lines[0].lineNumber",
                        "lines[0].quantity", "lines[0].unitPrice", "poNumber")));
        given().contentType(ContentType.JSON).body("{\"poNumber\":\"X\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"lines\":[]}")
                .when().post("/api/v1/scores").then().statusCode(400).body("errors[0].field", equalTo("lines"));
        given().contentType(ContentType.JSON)
                .body("{\"poNumber\":\"X\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"endUse\":\"PEACEFUL\",\"lines\":[]}")
                .when().post("/api/v1/scores").then().statusCode(400).body("errors[0].field", equalTo("endUse"));
    }

    @Test
    void aMissingOrderOrAnUnknownDetailGets400NamingIt() {
        String order = "{\"poNumber\":\"X\",\"buyerCountry\":\"DE\",\"currency\":\"EUR\",\"asOf\":\"2025-06-01\",\"lines\":[{\"lineNumber\":1,"
                + "\"quantity\":1,\"unitPrice\":\"1.00\",\"composition\":[{\"material\":\"GA\",\"form\":\"COMPOUND\",\"massKgPerUnit\":0.001}]}]}";
        given().contentType(ContentType.JSON).when().post("/api/v1/scores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("order"))).body("errors[0].message", equalTo("must not be null"));
        given().contentType(ContentType.JSON).body("null").when().post("/api/v1/scores")
                .then().statusCode(400).body("errors.field", equalTo(List.of("order")));
        given().contentType(ContentType.JSON).body(order).queryParam("detail", "everything").when().post("/api/v1/scores")
                .then().statusCode(400).body("errors.field", equalTo(List.of("detail")))
                .body("detail", equalTo("Field 'detail' is not valid: must be full or compact"));
        given().contentType(ContentType.JSON).queryParam("detail", "everything").when().post("/api/v1/scores")
                .then().statusCode(400).body("errors.field", equalTo(List.of("detail", "order")));
    }

    @Test
    void unscorableOrdersGet422NamingEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"poNumber\":\"X\",\"buyerCountry\":\"XX\",\"currency\":\"EURO\",\"lines\":["
                        + "{\"lineNumber\":1,\"quantity\":1,\"unitPrice\":1,\"partNumber\":\"A\",\"composition\":[{\"material\":\"ND\",\"form\":\"ORE\",\"massKgPerUnit\":1}]},"
                        + "{\"lineNumber\":1,\"quantity\":1,\"unitPrice\":1},"
                        + "{\"lineNumber\":3,\"quantity\":1,\"unitPrice\":1,\"composition\":[{\"material\":\"ND\",\"form\":\"ORE\",\"massKgPerUnit\":1},"
                        + "{\"material\":\"ND\",\"form\":\"OXIDE\",\"massKgPerUnit\":1},{\"material\":\"KRYPTONITE\",\"form\":\"ORE\",\"massKgPerUnit\":1}]}]}")
                .when().post("/api/v1/scores")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("buyerCountry", "currency", "lines[0].partNumber",
                        "lines[1].lineNumber", "lines[1].partNumber", "lines[2].composition[1].material",
                        "lines[2].composition[2].material")));
    }

    @Test
    void anOrderWithoutPricesScoresWithFullCoverage() {
        given().contentType(ContentType.JSON)
                .body("{\"poNumber\":\"FREE\",\"buyerCountry\":\"DE\",\"currency\":\"JPY\",\"asOf\":\"2025-06-01\",\"lines\":["
                        + "{\"lineNumber\":1,\"quantity\":3,\"unitPrice\":0,\"composition\":[{\"material\":\"DY\",\"form\":\"OXIDE\",\"massKgPerUnit\":1}]}]}")
                .when().post("/api/v1/scores")
                .then().statusCode(200).body("totalValue", equalTo(0)).body("coverage", equalTo(1.0f))
                .body("score", equalTo(0)).body("lines", hasSize(1));
    }
}
