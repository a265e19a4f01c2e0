package org.procrisk.bomcheck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The CLI against a stubbed gateway on a dynamic port: exit statuses, requests it sends, reports. */
class BomCheckCommandTest extends StubGateway {

    private static final String ANSWER = """
            {"verdict":"%s","datasetVersion":42,"asOf":"2026-11-25","methodVersion":"1","buyerCountry":"DE",
             "endUse":"CIVIL","data":{"stale":false},
             "summary":{"lines":2,"failures":%d,"warnings":1,"coverage":1.0,"score":71,"riskTier":"HIGH"},
             "violations":[%s{"rule":"EXPORT_CONTROL","severity":"WARN","lineNumber":20,"material":"GA",
                           "message":"Line 20: GA is under export control in force (CN-2023-23)"}],
             "unknownMaterials":[],
             "lines":[{"lineNumber":10,"partNumber":"ROTOR-48"},{"lineNumber":20,"partNumber":"GAN-FET"}]}""";
    private static final String FAILURE = """
            {"rule":"SINGLE_COUNTRY_REFINING","severity":"FAIL","lineNumber":10,"material":"DY",
             "message":"Line 10: DY refining is 99% in CN (global shares 2024), above the 80% limit"},""";

    Path bom;

    @BeforeEach
    void files() throws IOException {
        bom = dir.resolve("motor.csv");
        Files.writeString(bom, "lineNumber,quantity,material,form,massKgPerUnit\n10,1,DY,MAGNET,0.01\n");
    }

    private void answer(String verdict) {
        boolean failed = "FAIL".equals(verdict);
        gateway.stubFor(post(urlPathEqualTo("/api/v1/bom-checks")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(ANSWER.formatted(verdict, failed ? 1 : 0, failed ? FAILURE : ""))));
    }

    private int run(String... args) {
        return run(environment(), args);
    }

    private int run(Map<String, String> env, String... args) {
        return execute(new BomCheckCommand(env), args);
    }

    @Test
    void exitStatusFollowsTheVerdict() {
        answer("PASS");
        assertThat(run("--buyer-country", "DE", bom.toString())).isZero();
        answer("FAIL");
        assertThat(run("--buyer-country", "DE", bom.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  (1 failures, 1 warnings)").contains("SINGLE_COUNTRY_REFINING  10    DY");
        answer("WARN");
        assertThat(run("--buyer-country", "DE", bom.toString())).isZero();
        assertThat(out.toString()).contains("pass --fail-on-warn");
        assertThat(run("--buyer-country", "DE", "--fail-on-warn", bom.toString())).isEqualTo(2);
    }

    @Test
    void sendsTheFileWithItsTypeTheKeyAndTheSettings() throws IOException {
        answer("PASS");
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"maxRefiningShare\":0.7,\"bannedOriginCountries\":[\"RU\",\"KP\"],"
                + "\"maxRefiningShareByMaterial\":{\"DY\":0.5}}");
        assertThat(run(Map.of("PROCRISK_API_KEY", "k-reader", "PROCRISK_URL", gateway.baseUrl(),
                "PROCRISK_BUYER_COUNTRY", "US"), "--programme", "US-DOD", "--as-of", "2026-11-25", "--policy", policy.toString(),
                bom.toString())).isZero();
        gateway.verify(postRequestedFor(urlPathEqualTo("/api/v1/bom-checks"))
                .withHeader("X-API-Key", equalTo("k-reader"))
                .withHeader("Content-Type", equalTo("text/csv"))
                .withQueryParam("buyerCountry", equalTo("US"))
                .withQueryParam("programmes", equalTo("US-DOD"))
                .withQueryParam("asOf", equalTo("2026-11-25"))
                .withQueryParam("maxRefiningShare", equalTo("0.7"))
                .withQueryParam("bannedOriginCountries", equalTo("RU,KP"))
                .withQueryParam("maxRefiningShareByMaterial", equalTo("DY:0.5"))
                .withRequestBody(containing("10,1,DY,MAGNET,0.01")));
    }

    @Test
    void tellsCycloneDxFromOtherJsonByContent() throws IOException {
        Path cdx = dir.resolve("product.json");
        Files.writeString(cdx, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}");
        assertThat(BomType.detect(cdx)).isEqualTo(BomType.CYCLONEDX);
        Path own = dir.resolve("bom.json");
        Files.writeString(own, "{\"lines\":[]}");
        assertThat(BomType.detect(own)).isEqualTo(BomType.JSON);
        Path declaration = dir.resolve("decl.xml");
        Files.writeString(declaration, "<MainDeclaration xmlns=\"http://webstds.ipc.org/175x/2.0\"/>");
        assertThat(BomType.detect(declaration)).isEqualTo(BomType.IPC);
    }

    @Test
    void tellsCycloneDxXmlByNameOrNamespace() throws IOException {
        Path board = dir.resolve("board.xml");
        Files.writeString(board, "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"/>");
        assertThat(BomType.detect(board)).isEqualTo(BomType.CYCLONEDX_XML);
        assertThat(BomType.detect(dir.resolve("board.cdx.xml"))).isEqualTo(BomType.CYCLONEDX_XML);
        assertThat(BomType.CYCLONEDX_XML.contentType()).isEqualTo("application/vnd.cyclonedx+xml");
    }

    @Test
    void listsTheComponentsThatWereNotScoredByReason() throws IOException {
        gateway.stubFor(post(urlPathEqualTo("/api/v1/bom-checks")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(ANSWER.formatted("FAIL", 1, FAILURE).replaceFirst("\\}\\s*$", """
                        ,"components":[
                          {"bomRef":"U1","name":"GAN-FET-650V","type":"device","status":"SCORED"},
                          {"bomRef":"R1","name":"RC0603FR-0710KL","type":"device","status":"NO_MATERIAL_DATA"},
                          {"bomRef":"C3","name":"GRM188R71H104KA93D","type":"device","status":"NO_MATERIAL_DATA"},
                          {"name":"adapter-fw","type":"firmware","status":"NOT_PHYSICAL"}]}"""))));
        Path board = dir.resolve("board.cdx.xml");
        Files.writeString(board, "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"/>");

        assertThat(run("--buyer-country", "DE", board.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("Components not scored (3 of 4):")
                .contains("NO_MATERIAL_DATA (2): R1 RC0603FR-0710KL, C3 GRM188R71H104KA93D")
                .contains("NOT_PHYSICAL (1): adapter-fw");
        gateway.verify(postRequestedFor(urlPathEqualTo("/api/v1/bom-checks"))
                .withHeader("Content-Type", equalTo("application/vnd.cyclonedx+xml")));
    }

    @Test
    void refusalsConnectionErrorsAndUsageErrorsExitWith3() {
        gateway.stubFor(post(urlPathEqualTo("/api/v1/bom-checks")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"detail\":\"Row 3, column 4 (quantity): 'two' is not a decimal number\","
                        + "\"errors\":[{\"field\":\"row 3, column 4 (quantity)\",\"message\":\"'two' is not a decimal number\"}]}")));
        assertThat(run("--buyer-country", "DE", bom.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("HTTP 400").contains("Row 3, column 4 (quantity)");

        assertThat(run(Map.of("PROCRISK_API_KEY", "k"), "--url", "http://127.0.0.1:1", bom.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("cannot connect");

        assertThat(run(Map.of(), "--url", gateway.baseUrl(), bom.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("no API key: set PROCRISK_API_KEY");

        assertThat(run("--no-such-option", bom.toString())).isEqualTo(3);
        assertThat(run()).isEqualTo(3);
        assertThat(run("--format", "html", bom.toString())).isEqualTo(3);
        assertThat(run(dir.resolve("missing.csv").toString())).isEqualTo(3);
    }

    @Test
    void junitReportHasACasePerLineAndFailuresForFailViolations() throws Exception {
        answer("FAIL");
        Path report = dir.resolve("bom-check.xml");
        assertThat(run("--buyer-country", "DE", "--format", "junit", "-o", report.toString(), bom.toString())).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(report)));
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("type").getNodeValue())
                .isEqualTo("SINGLE_COUNTRY_REFINING");
        assertThat(out.toString()).contains("Report written to");

        assertThat(run("--buyer-country", "DE", "--format", "junit", "--fail-on-warn", bom.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("failures=\"2\"");
    }

    /** The report itself is bom-reports' (ReportTest); the CLI names the file as the user gave it. */
    @Test
    void sarifReportLocatesTheViolationsInTheFileGiven() throws Exception {
        answer("FAIL");
        assertThat(run("--buyer-country", "DE", "--format", "sarif", bom.toString())).isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(out.toString().getBytes(StandardCharsets.UTF_8)).path("runs").get(0).path("results");
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()).isEqualTo(bom.toString()));
    }

    @Test
    void jsonReportIsTheServiceAnswer() throws Exception {
        answer("PASS");
        assertThat(run("--buyer-country", "DE", "--json", bom.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("datasetVersion").asInt()).isEqualTo(42);
    }
}
