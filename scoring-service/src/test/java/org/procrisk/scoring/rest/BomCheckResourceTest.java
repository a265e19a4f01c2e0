package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * POST /api/v1/bom-checks in each format with the sample BOMs under src/test/resources/bom, each policy
 * rule, and the bad inputs. Shares quoted in comments are the reference data's (2024 unless noted);
 * every check is as of 2026-11-25 for a German buyer unless it says otherwise.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class BomCheckResourceTest {

    static final String PATH = "/api/v1/bom-checks";
    static final String DE_TODAY = "?buyerCountry=DE&asOf=2026-11-25";

    private static final String REGISTRY = """
            {"suppliers":[{"externalId":"V-MY-REF","name":"Kuantan Rare Earth Refinery","country":"MY"}],
             "parts":[{"partNumber":"ROTOR-REG","description":"Registered rotor","composition":[
                        {"material":"ND","form":"MAGNET","massKgPerUnit":0.2},{"material":"PR","form":"MAGNET","massKgPerUnit":0.05}]},
                      {"partNumber":"CMB-8S","description":"Cell monitoring board","composition":[
                        {"material":"GA","form":"COMPOUND","massKgPerUnit":0.00002}]}],
             "declarations":[
               {"supplier":"V-MY-REF","material":"ND","stage":"REFINING","shares":{"MY":1.0},"validFrom":"2025-01-01"}]}""";

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void registry() throws Exception {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(SnapshotJson.of(31, new ObjectMapper().readTree(REGISTRY)))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    static String sample(String name) {
        try (InputStream in = BomCheckResourceTest.class.getResourceAsStream("/bom/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** REST Assured would add "; charset=ISO-8859-1" to text/csv, which the endpoint rightly refuses. */
    static RequestSpecification post() {
        return given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    static ValidatableResponse check(String contentType, String body, String query) {
        return post().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH + query).then();
    }

    @Test
    void aMotorCsvWithAnNdFeBRotorMagnetFailsTheDefaultPolicy() {
        check("text/csv", sample("motor.csv"), DE_TODAY)
                .statusCode(200)
                .header("Server-Timing", matchesPattern("app;dur=[0-9]+\\.[0-9]"))
                .body("verdict", equalTo("FAIL"))
                .body("format", equalTo("text/csv"))
                .body("methodVersion", equalTo("1"))
                .body("datasetVersion", equalTo(31))
                .body("asOf", equalTo("2026-11-25"))
                .body("weighting", equalTo("EQUAL"))
                .body("policy.maxRefiningShare", equalTo(0.8f))
                .body("summary.lines", equalTo(3))
                .body("summary.coverage", equalTo(1.0f))
                .body("lines.lineNumber", contains(10, 20, 30))
                .body("lines[0].weight", equalTo(0.333333f))
                .body("lines[0].description", equalTo("Rotor magnet, N42SH"))
                .body("lines[0].materials.material", contains("ND", "DY"))
                // line 20 names a registered part: its composition comes from the registry
                .body("lines[1].materials.material", contains("ND", "PR"))
                .body("lines[2].description", equalTo("Shaft, 42CrMo4 \"hardened\""))
                // ND refining CN 0.90, DY 0.99, PR 0.90, W 0.85: all above 0.8
                .body("violations.findAll { it.rule == 'SINGLE_COUNTRY_REFINING' }.collect { it.lineNumber + it.material }",
                        contains("10ND", "10DY", "20ND", "20PR", "30W"))
                .body("violations.find { it.material == 'DY' && it.rule == 'SINGLE_COUNTRY_REFINING' }.share", equalTo(0.99f))
                .body("violations.find { it.material == 'DY' && it.rule == 'SINGLE_COUNTRY_REFINING' }.message",
                        equalTo("Line 10: DY refining is 99% in CN (global shares 2024), above the 80% limit"))
                // heavy rare earths (CN-2025-18) and tungsten (CN-2025-10) are licensed: a warning each by default
                .body("violations.findAll { it.rule == 'EXPORT_CONTROL' }.collect { it.lineNumber + it.material }",
                        contains("10DY", "30W"))
                .body("violations.find { it.rule == 'EXPORT_CONTROL' && it.material == 'DY' }.controlIds", hasItem("CN-2025-18"))
                .body("violations.find { it.rule == 'EXPORT_CONTROL' }.severity", equalTo("WARN"))
                .body("summary.failures", equalTo(5))
                .body("summary.warnings", equalTo(2));
    }

    /** The reports the CLI writes, now from the service: the same verdict as the JSON answer, in JUnit and SARIF. */
    @Test
    void theMotorsCheckComesAsJunitXmlAndAsSarifForPipelines() throws Exception {
        var answer = check("text/csv", sample("motor.csv"), DE_TODAY).statusCode(200).extract().jsonPath();
        int failing = answer.getList("violations.findAll { it.severity == 'FAIL' }").size();

        String junit = check("text/csv", sample("motor.csv"), DE_TODAY + "&format=junit&source=motor.csv")
                .statusCode(200).contentType(containsString("application/xml")).extract().asString();
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
        org.assertj.core.api.Assertions.assertThat(xml.getDocumentElement().getAttribute("tests"))
                .isEqualTo(Integer.toString(answer.getList("lines").size() + 1));
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(xml.getDocumentElement().getAttribute("failures")))
                .isPositive().isLessThanOrEqualTo(failing);
        org.assertj.core.api.Assertions.assertThat(junit).contains("classname=\"motor.csv\"", "name=\"verdict\" value=\"FAIL\"");

        check("text/csv", sample("motor.csv"), DE_TODAY + "&format=sarif&source=motor.csv")
                .statusCode(200).contentType(containsString("application/sarif+json"))
                .body("version", equalTo("2.1.0"))
                .body("runs[0].results", hasSize(answer.getList("violations").size()))
                .body("runs[0].results.level", hasItem("error"))
                .body("runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri", equalTo("motor.csv"))
                .body("runs[0].properties.verdict", equalTo("FAIL"));
    }

    @Test
    void anUnknownReportFormatIsNamed() {
        check("text/csv", sample("motor.csv"), DE_TODAY + "&format=html")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("format")).body("errors[0].message", containsString("json, junit, sarif"));
    }

    @Test
    void aSemicolonCsvWithAByteOrderMarkReadsTheSame() {
        check("text/csv; charset=utf-8", sample("motor-semicolon.csv"), DE_TODAY)
                .statusCode(200)
                .body("verdict", equalTo("FAIL"))
                .body("lines.lineNumber", contains(10, 20, 30))
                .body("lines[2].description", equalTo("Shaft, 42CrMo4 \"hardened\""))
                .body("summary.failures", equalTo(5));
    }

    @Test
    void aSupplierDeclarationIsUsedAndAHundredPercentFromOneRefinerIsStillSingleCountry() {
        String csv = """
                lineNumber,partNumber,quantity,supplierId,material,form,massKgPerUnit
                10,ND-OXIDE-25KG,4,V-MY-REF,ND,OXIDE,25
                """;
        check("text/csv", csv, DE_TODAY + "&maxRefiningShare=0.95")
                .statusCode(200)
                .body("lines[0].materials[0].refiningSource", equalTo("DECLARATION"))
                .body("lines[0].materials[0].topRefiningCountry", equalTo("MY"))
                .body("violations[0].message", containsString("MY (supplier declaration"))
                .body("verdict", equalTo("FAIL"));
    }

    @Test
    void perMaterialLimitsOverrideTheGeneralOne() {
        String csv = "lineNumber,quantity,material,form,massKgPerUnit\n10,1,ND,OXIDE,1\n20,1,SB,OXIDE,1\n";
        // ND refining CN 0.90, SB refining CN 0.70
        check("text/csv", csv, DE_TODAY + "&maxRefiningShare=0.95&maxRefiningShareByMaterial=SB:0.6&exportControls=IGNORE")
                .statusCode(200)
                .body("verdict", equalTo("FAIL"))
                .body("violations", hasSize(1))
                .body("violations[0].material", equalTo("SB"))
                .body("violations[0].limit", equalTo(0.6f))
                .body("violations[0].share", equalTo(0.7f));
        check("text/csv", csv, DE_TODAY + "&maxRefiningShare=0.95&exportControls=IGNORE")
                .statusCode(200).body("verdict", equalTo("PASS")).body("violations", hasSize(0));
    }

    @Test
    void bannedOriginsFailEveryStageThatIncludesThem() {
        // ND magnet: mining (REE rows) RU 0.006; refining MY 0.06; magnet-making has neither
        String csv = "lineNumber,quantity,material,form,massKgPerUnit\n10,1,ND,MAGNET,0.2\n";
        check("text/csv", csv, DE_TODAY + "&maxRefiningShare=1&bannedOriginCountries=RU,MY")
                .statusCode(200)
                .body("verdict", equalTo("FAIL"))
                .body("violations.rule", everyItem(equalTo("BANNED_ORIGIN")))
                .body("violations.collect { it.stage + ':' + it.country + ':' + it.share }",
                        contains("MINING:RU:0.006", "REFINING:MY:0.06"));
    }

    @Test
    void exportControlsCanFailOrBeIgnored() {
        String csv = "lineNumber,quantity,material,form,massKgPerUnit\n10,1,SB,OXIDE,0.001\n";
        check("text/csv", csv, DE_TODAY).statusCode(200).body("verdict", equalTo("WARN"))
                .body("violations[0].controlIds", contains("CN-2024-33"));
        check("text/csv", csv, DE_TODAY + "&exportControls=FAIL").statusCode(200).body("verdict", equalTo("FAIL"));
        check("text/csv", csv, DE_TODAY + "&exportControls=IGNORE").statusCode(200).body("verdict", equalTo("PASS"));
    }

    @Test
    void aGanChargerInJsonWithAnUnknownMaterialMissesTheCoverage() {
        check("application/json", sample("gan-charger.json"), "")
                .statusCode(200)
                .body("format", equalTo("application/json"))
                .body("verdict", equalTo("FAIL"))
                .body("unknownMaterials", hasSize(1))
                .body("unknownMaterials[0].code", equalTo("TA"))
                .body("unknownMaterials[0].lineNumber", equalTo(30))
                .body("unknownMaterials[0].location", equalTo("lines[2]"))
                // GA refining CN 0.984 fails; line 30 cannot be scored: coverage 2/3 < 0.8
                .body("violations.rule", contains("SINGLE_COUNTRY_REFINING", "EXPORT_CONTROL", "EXPORT_CONTROL",
                        "UNKNOWN_MATERIAL", "MIN_COVERAGE"))
                .body("violations.find { it.rule == 'MIN_COVERAGE' }.share", equalTo(0.666667f))
                .body("summary.coverage", equalTo(0.666667f));
    }

    @Test
    void aPolicyInTheJsonBodyWinsAndIgnoredMaterialsLeaveTheBom() {
        String body = sample("gan-charger.json").replace("\"lines\":",
                "\"policy\":{\"maxRefiningShare\":1,\"ignoreMaterials\":[\"TA\"]},\"lines\":");
        check("application/json", body, "?maxRefiningShare=0.1")
                .statusCode(200)
                .body("verdict", equalTo("WARN"))
                .body("policy.maxRefiningShare", equalTo(1.0f))
                .body("policy.ignoreMaterials", contains("TA"))
                .body("summary.ignoredMaterials", equalTo(1))
                .body("lines.lineNumber", contains(10, 20))
                .body("summary.coverage", equalTo(1.0f))
                .body("violations.rule", everyItem(equalTo("EXPORT_CONTROL")));
    }

    @Test
    void unknownMaterialsFailWhenThePolicySaysSo() {
        String csv = "lineNumber,quantity,material,form,massKgPerUnit\n10,1,UNOBTAINIUM,METAL,1\n20,1,SB,OXIDE,1\n";
        check("text/csv", csv, DE_TODAY + "&minCoverage=0&exportControls=IGNORE")
                .statusCode(200).body("verdict", equalTo("WARN"))
                .body("unknownMaterials[0].code", equalTo("UNOBTAINIUM"))
                .body("unknownMaterials[0].location", equalTo("row 2"));
        check("text/csv", csv, DE_TODAY + "&minCoverage=0&exportControls=IGNORE&unknownMaterials=FAIL")
                .statusCode(200).body("verdict", equalTo("FAIL"));
    }

    @Test
    void pricedBomsAreValueWeightedAndNeedACurrency() {
        String csv = """
                lineNumber,quantity,unitPrice,material,form,massKgPerUnit
                10,1,900.00,SB,OXIDE,0.001
                20,1,100.00,GA,COMPOUND,0.001
                """;
        check("text/csv", csv, DE_TODAY + "&currency=EUR&minCoverage=0")
                .statusCode(200)
                .body("weighting", equalTo("VALUE"))
                .body("currency", equalTo("EUR"))
                .body("summary.totalWeight", equalTo(1000.00f))
                .body("lines.weight", contains(0.9f, 0.1f))
                .body("lines[0].value", equalTo(900.00f));
        check("text/csv", csv, DE_TODAY).statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        check("text/csv", "lineNumber,quantity,unitPrice,material,form,massKgPerUnit\n10,1,9,SB,OXIDE,1\n20,1,,GA,COMPOUND,1\n",
                DE_TODAY + "&currency=EUR").statusCode(400)
                .body("detail", containsString("missing on line 20"));
    }

    @Test
    void anIpc1752aDeclarationIsReadByCasNumber() {
        check("application/xml", sample("ir-camera.xml"), DE_TODAY)
                .statusCode(200)
                .body("format", equalTo("application/xml"))
                // the aluminium housing holds no tracked material: not a line
                .body("lines.lineNumber", contains(1, 3))
                .body("summary.untrackedSubstances", equalTo(2))
                .body("lines[0].partNumber", equalTo("CAM-IR-640"))
                .body("lines[0].description", equalTo("IR camera 640 / Lens"))
                // germanium metal 11.9 g and oxide 0.1 g add up; the larger mass decides the form
                .body("lines[0].materials[0].material", equalTo("GE"))
                .body("lines[0].materials[0].form", equalTo("METAL"))
                .body("lines[0].materials[0].massKgPerUnit", equalTo(0.012f))
                .body("lines[0].materials[0].topRefiningShare", equalTo(0.857f))
                .body("lines[1].materials[0].material", equalTo("IN"))
                .body("lines[1].materials[0].massKgPerUnit", equalTo(0.00048f))
                .body("unknownMaterials[0].code", equalTo("9999-99-9"))
                .body("verdict", equalTo("FAIL"))
                .body("violations.find { it.rule == 'SINGLE_COUNTRY_REFINING' }.material", equalTo("GE"));
    }

    @Test
    void xmlWithADoctypeIsRefusedSoNeitherXxeNorEntityExpansionHappens() {
        check("application/xml", sample("xxe.xml"), DE_TODAY).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("DOCTYPE is not allowed"))
                .body("detail", not(containsString("root:")));
        check("text/xml", sample("billion-laughs.xml"), DE_TODAY).statusCode(400)
                .body("detail", containsString("DOCTYPE is not allowed"));
    }

    @Test
    void malformedXmlNamesTheLineAndColumn() {
        check("application/xml", "<MainDeclaration>\n  <Product>\n</MainDeclaration>", DE_TODAY).statusCode(400)
                .body("detail", matchesPattern("Line 3, column \\d+: not well-formed XML.*"));
    }

    @Test
    void aNestedCycloneDxBatteryModuleMultipliesQuantitiesAndUsesTheRegistry() {
        check("application/vnd.cyclonedx+json", sample("ev-battery-module.cdx.json"), DE_TODAY)
                .statusCode(200)
                .body("format", equalTo("application/vnd.cyclonedx+json"))
                .body("lines.lineNumber", contains(1, 2, 3))
                .body("lines[0].description", equalTo("Cell block > Anode coating"))
                .body("lines[0].quantity", equalTo(12))
                .body("lines[0].materials[0].topRefiningShare", equalTo(0.95f))
                .body("lines[1].flags", hasItem("UNKNOWN_PART"))
                .body("lines[2].description", equalTo("Module electronics > Cell monitoring board"))
                .body("lines[2].materials[0].material", equalTo("GA"))
                .body("summary.coverage", equalTo(0.666667f))
                .body("violations.rule", hasItem("MIN_COVERAGE"))
                .body("verdict", equalTo("FAIL"));
    }

    @Test
    void aMotorInCycloneDxCountsMagnetsThroughEveryLevel() {
        check("application/vnd.cyclonedx+json", sample("motor.cdx.json"), DE_TODAY)
                .statusCode(200)
                .body("lines", hasSize(2))
                .body("lines[0].partNumber", equalTo("MAG-N42SH"))
                .body("lines[0].quantity", equalTo(16))
                .body("lines[0].materials.material", contains("ND", "DY"))
                // the winding is a physical part the BOM gives no data for: it counts against coverage
                .body("lines[1].description", equalTo("Stator > Winding"))
                .body("lines[1].scored", equalTo(false))
                .body("components.name", contains("Rotor magnet N42SH", "Winding"))
                .body("components.status", contains("SCORED", "NO_MATERIAL_DATA"))
                .body("components[1].quantityAssumed", equalTo(true))
                .body("summary.assemblies", equalTo(3))
                .body("summary.coverage", equalTo(0.5f));
    }

    @Test
    void aCycloneDxDocumentThatBreaksTheSchemaIsRefused() {
        check("application/vnd.cyclonedx+json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":\"one\"}", DE_TODAY)
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("CycloneDX 1.6 schema"));
        String unpaired = sample("motor.cdx.json").replace("{\n                  \"name\": \"procrisk:form\",\n                  \"value\": \"MAGNET\"\n                },", "");
        check("application/vnd.cyclonedx+json", unpaired, DE_TODAY).statusCode(400)
                .body("detail", containsString("give one of each per material"));
    }

    @Test
    void malformedCsvNamesRowAndColumn() {
        String header = "lineNumber,partNumber,description,quantity,material,form,massKgPerUnit\n";
        check("text/csv", header + "10,P1,ok,1,ND,OXIDE,1\n20,P2,\"open quote,1,ND,OXIDE,1\n", DE_TODAY).statusCode(400)
                .body("detail", equalTo("Row 3, column 3: a quoted field is not closed before the end of the input"));
        check("text/csv", header + "10,P1,ok,two,ND,OXIDE,1\n", DE_TODAY).statusCode(400)
                .body("errors[0].field", equalTo("row 2, column 4 (quantity)"))
                .body("detail", containsString("'two' is not a decimal number"));
        check("text/csv", header + "10,P1,ok,1,ND\n", DE_TODAY).statusCode(400)
                .body("detail", equalTo("Row 2: 5 fields where the header has 7"));
        check("text/csv", header + "10,P1,bad \"quote\",1,ND,OXIDE,1\n", DE_TODAY).statusCode(400)
                .body("detail", containsString("Row 2, column 3: a quote inside an unquoted field"));
        check("text/csv", "lineNumber,quantiy\n10,1\n", DE_TODAY).statusCode(400)
                .body("detail", containsString("unknown column 'quantiy'"));
        check("text/csv", "", DE_TODAY).statusCode(400).body("detail", containsString("header row is missing"));
        check("text/csv", header + "10,P1,ok,1,ND,PLASMA,1\n10,P1,ok,3,PR,OXIDE,1\n", DE_TODAY).statusCode(400)
                .body("errors.field", contains("row 2 (form)", "row 3 (quantity)"));
        check("text/csv", header + "0,P1,ok,-1,ND,OXIDE,1\n", DE_TODAY).statusCode(400)
                .body("errors[0].field", equalTo("row 2, column 1 (lineNumber)"));
    }

    @Test
    void csvThatIsNotUtf8IsRefused() {
        byte[] latin1 = "lineNumber,description,quantity,material,form,massKgPerUnit\n10,Stator f\u00fcr Motor,1,ND,OXIDE,1\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        post().contentType("text/csv").body(latin1).when().post(PATH + DE_TODAY).then().statusCode(400)
                .body("detail", containsString("not valid UTF-8"));
        given().contentType("text/csv; charset=ISO-8859-1").body(latin1).when().post(PATH + DE_TODAY).then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void otherContentTypesGet415() {
        post().contentType("text/plain").body("lineNumber,quantity\n10,1\n").when().post(PATH + DE_TODAY)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void badParametersAreNamed() {
        check("text/csv", sample("motor.csv"), "?asOf=yesterday&maxRefiningShare=1.5&exportControls=MAYBE")
                .statusCode(400)
                .body("errors.field", contains("buyerCountry", "asOf", "maxRefiningShare", "exportControls"));
        check("application/json", "{\"buyerCountry\":\"DE\",\"lines\":[{\"lineNumber\":10,\"quantity\":0}]}", "")
                .statusCode(400).body("errors[0].field", equalTo("lines[0].quantity"));
        check("application/json", "{\"buyerCountry\":\"DE\",\"lines\":[{\"lineNumber\":10,\"quantity\":1,\"colour\":\"red\"}]}", "")
                .statusCode(400).body("errors[0].field", equalTo("lines[0].colour"));
    }

    @Test
    void moreThanOneHundredThousandLinesIs413() {
        StringBuilder csv = new StringBuilder("lineNumber,quantity,material,form,massKgPerUnit\n");
        for (int i = 1; i <= 100_001; i++) {
            csv.append(i).append(",1,ND,OXIDE,1\n");
        }
        check("text/csv", csv.toString(), DE_TODAY).statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("The bill of materials has more than 100000 lines"));
    }

    @Test
    void moreThanTwentyMegabytesIs413() {
        // one byte past the limit: the service reads the whole body before it answers, so no client sees a reset
        byte[] body = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] header = "lineNumber,quantity,description\n1,1,\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, body, 0, header.length);
        post().contentType("text/csv").body(body).when().post(PATH + DE_TODAY).then().statusCode(413)
                .body("detail", equalTo("The bill of materials is larger than 20 MB"));
    }

    @Test
    void aDefenceProgrammeAddsBuyerRestrictionVerdicts() {
        // tungsten alloy on global shares: W refining CN 0.85 under DFARS 7052-W → AT_RISK, a warning
        String csv = "lineNumber,quantity,material,form,massKgPerUnit\n10,1,W,ALLOY,0.4\n";
        check("text/csv", csv, "?buyerCountry=US&asOf=2026-11-25&programmes=US-DOD&maxRefiningShare=1&exportControls=IGNORE")
                .statusCode(200)
                .body("endUse", equalTo("MILITARY"))
                .body("lines[0].compliance", equalTo("AT_RISK"))
                .body("violations[0].rule", equalTo("BUYER_RESTRICTION"))
                .body("violations[0].controlIds", contains("US-DFARS-7052-W"))
                .body("verdict", equalTo("WARN"));
    }
}
