package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.JsonDiff;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Answers recorded before the answer model or its serialization changed, compared field by field,
 * numbers as written (scale included): the 60 bench orders (generate.py, seed 42) as /scores full,
 * compact and US-DOD, as one batch, a portfolio and a scenario; a 400-line CSV BOM; the 12 worked
 * examples. Only the snapshot's fetch time differs between runs and is left out. A recorded JSON null may
 * be absent now: answers leave nulls out (a null broke the property's own schema).
 * {@code -Dcorpus.record=true} writes the files again (run it only on purpose, and say why in the commit).
 */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class AnswerCorpusTest {

    private static final Path ANSWERS = Path.of("src/test/resources/corpus/answers");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final boolean RECORD = Boolean.getBoolean("corpus.record");

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void loadCorpusRegistry() {
        ObjectNode registry = (ObjectNode) read("corpus/registry.json");
        JsonNode examples = SnapshotJson.allRegistries();
        for (String key : List.of("suppliers", "parts", "declarations")) {
            ((ArrayNode) registry.get(key)).addAll((ArrayNode) examples.get(key));
        }
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SnapshotJson.of(42, registry))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void scoresOfTheBenchOrders() {
        List<String> orders = orders();
        check("scores-full", orders.stream().map(o -> post("/api/v1/scores", o)).toList());
        check("scores-compact", orders.stream().map(o -> post("/api/v1/scores?detail=compact", o)).toList());
        check("scores-us-dod", orders.stream().map(o -> post("/api/v1/scores", asDefenceOrder(o))).toList());
    }

    @Test
    void scoresOfTheWorkedExamples() {
        List<String> answers = new ArrayList<>();
        SnapshotJson.examples().forEach(e -> answers.add(post("/api/v1/scores", e.get("request").toString())));
        check("worked-examples", answers);
    }

    @Test
    void batchPortfolioAndScenario() {
        String ndjson = String.join("\n", orders()) + "\n";
        String batch = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/scores/batch").then().statusCode(200).extract().asString();
        check("batch", batch.lines().toList());
        String some = String.join(",", orders().subList(0, 20));
        check("portfolio", List.of(post("/api/v1/portfolio", "{\"orders\":[" + some + "],\"topN\":5}")));
        check("scenario", List.of(post("/api/v1/scenarios:evaluate", "{\"orders\":[" + some + "],\"scenario\":{"
                + "\"name\":\"Nd refining ban\",\"controls\":[{\"id\":\"WHATIF-ND\",\"issuer\":\"CN\",\"measure\":\"BAN\","
                + "\"materials\":[\"ND\"],\"forms\":[\"ANY\"],\"targetCountries\":[\"DE\",\"US\",\"JP\"],\"effectiveFrom\":\"2025-01-01\"}]}}")));
    }

    @Test
    void bomCheckOfACsvBom() throws IOException {
        byte[] csv = stream("corpus/bom-400.csv").readAllBytes();
        String answer = BomCheckResourceTest.post().contentType("text/csv").body(csv)
                .when().post("/api/v1/bom-checks?buyerCountry=DE&asOf=2026-11-25").then().statusCode(200)
                .extract().asString();
        check("bom-check", List.of(answer));
    }

    @Test
    void theComparisonSeesScaleOrderOfArraysAndMissingFields() {
        List<String> out = new ArrayList<>();
        JsonDiff.diff("$", parse("{\"a\":1.50,\"b\":[1,2],\"c\":1,\"n\":null}"), parse("{\"a\":1.5,\"b\":[2,1],\"d\":0}"), out);
        assertThat(out).containsExactly("$.a: 1.50 -> 1.5", "$.b[0]: 1 -> 2", "$.b[1]: 2 -> 1", "$.c missing", "$.d added");
    }

    private static String post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(200).extract().asString();
    }

    private static String asDefenceOrder(String order) {
        ObjectNode o = (ObjectNode) parse(order);
        o.put("buyerCountry", "US").put("asOf", "2026-11-25").putArray("programmes").add("US-DOD");
        return o.toString();
    }

    private static List<String> orders() {
        try {
            return new String(stream("corpus/orders.ndjson").readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(String name, List<String> answers) {
        Path file = ANSWERS.resolve(name + ".ndjson.gz");
        if (RECORD) {
            write(file, answers);
            return;
        }
        List<String> recorded = readLines(file);
        assertThat(answers).as(name + ": number of answers").hasSize(recorded.size());
        for (int i = 0; i < answers.size(); i++) {
            JsonNode want = withoutFetchTime(parse(recorded.get(i)));
            JsonNode got = withoutFetchTime(parse(answers.get(i)));
            List<String> differences = new ArrayList<>();
            JsonDiff.diff("$", want, got, differences);
            assertThat(differences).as(name + " answer " + i).isEmpty();
        }
    }

    private static JsonNode withoutFetchTime(JsonNode answer) {
        answer.findParents("fetchedAt").forEach(p -> ((ObjectNode) p).remove("fetchedAt"));
        return answer;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = stream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) {
        return AnswerCorpusTest.class.getResourceAsStream("/" + resource);
    }

    private static List<String> readLines(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> answers) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                for (String a : answers) {
                    out.write(a.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
