package org.procrisk.bomreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A two-line check with one FAIL on line 10 and one WARN on the whole BOM, written in each format. */
class ReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULT = """
            {"verdict":"FAIL","datasetVersion":42,"asOf":"2026-11-25",
             "lines":[{"lineNumber":10,"partNumber":"ROTOR-48"},{"lineNumber":20,"partNumber":"WIND-CU & <coil>"}],
             "violations":[
               {"rule":"SINGLE_COUNTRY_REFINING","severity":"FAIL","lineNumber":10,"message":"DY refined 99% in CN"},
               {"rule":"MIN_COVERAGE","severity":"WARN","lineNumber":null,"message":"coverage 50% < 80%"}]}""";

    private static String write(String format, boolean failOnWarn) throws Exception {
        StringWriter out = new StringWriter();
        Report.of(format).write(JSON.readTree(RESULT), "motor.csv", failOnWarn, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void junitHasACasePerLinePlusTheBomAndCountsFailures() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(write("junit", false).getBytes(StandardCharsets.UTF_8)));
        Element suites = xml.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("3");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(2)).getAttribute("name")).isEqualTo("line 20 WIND-CU & <coil>");
        assertThat(((Element) xml.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("SINGLE_COUNTRY_REFINING");
        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent()).contains("WARN MIN_COVERAGE");
        // --fail-on-warn: the BOM's own case fails too
        Document strict = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(write("junit", true).getBytes(StandardCharsets.UTF_8)));
        assertThat(strict.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void sarifHasAResultPerViolationWithItsLevelAndLocation() throws Exception {
        JsonNode sarif = JSON.readTree(write("sarif", false));
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode results = sarif.path("runs").get(0).path("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("level").asText()).isEqualTo("error");
        assertThat(results.get(1).path("level").asText()).isEqualTo("warning");
        assertThat(results.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("motor.csv");
        assertThat(results.get(0).path("locations").get(0).path("logicalLocations").get(0).path("name").asText()).isEqualTo("line 10");
        assertThat(sarif.path("runs").get(0).path("tool").path("driver").path("rules")).extracting(r -> r.path("id").asText())
                .containsExactly("MIN_COVERAGE", "SINGLE_COUNTRY_REFINING");
    }

    @Test
    void jsonIsTheAnswerAsItCame() throws Exception {
        assertThat(JSON.readTree(write("json", false))).isEqualTo(JSON.readTree(RESULT));
        assertThat(Report.FORMATS).allSatisfy(f -> assertThat(Report.of(f).mediaType()).isNotBlank());
    }
}
