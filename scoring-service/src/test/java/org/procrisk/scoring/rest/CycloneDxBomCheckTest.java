package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * CycloneDX documents as other tools write them, generated with cyclonedx-core-java in every spec version
 * we read, JSON and XML: a PCB assembly whose parts carry MPNs as names and no procrisk: properties, a
 * software-only SBOM, nested assemblies, and versions we do not read.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class CycloneDxBomCheckTest {

    private static final String PATH = "/api/v1/bom-checks?buyerCountry=DE&asOf=2026-11-25";

    private static final String REGISTRY = """
            {"suppliers":[],
             "parts":[{"partNumber":"GAN-FET-650V","description":"GaN FET","composition":[
                        {"material":"GA","form":"COMPOUND","massKgPerUnit":0.00005}]},
                      {"partNumber":"MAG-N42SH","description":"NdFeB magnet","composition":[
                        {"material":"ND","form":"MAGNET","massKgPerUnit":0.002},{"material":"DY","form":"MAGNET","massKgPerUnit":0.0001}]}],
             "declarations":[]}""";

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void registry() throws Exception {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(SnapshotJson.of(41, new ObjectMapper().readTree(REGISTRY)))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    /** Versions 1.2 to 1.6 (1.2 has no properties: quantities are then assumed). */
    @ParameterizedTest
    @EnumSource(value = Version.class, names = {"VERSION_12", "VERSION_13", "VERSION_14", "VERSION_15", "VERSION_16"})
    void aPcbAssemblyInJsonGetsAReport(Version version) throws Exception {
        String json = BomGeneratorFactory.createJson(version, pcbAssembly(version)).toJsonString();
        expectPcbReport(check("application/vnd.cyclonedx+json", json), version)
                .body("format", equalTo("application/vnd.cyclonedx+json"));
    }

    @ParameterizedTest
    @EnumSource(value = Version.class, names = {"VERSION_12", "VERSION_13", "VERSION_14", "VERSION_15", "VERSION_16"})
    void aPcbAssemblyInXmlGetsAReport(Version version) throws Exception {
        String xml = BomGeneratorFactory.createXml(version, pcbAssembly(version)).toXmlString();
        expectPcbReport(check("application/vnd.cyclonedx+xml", xml), version)
                .body("format", equalTo("application/vnd.cyclonedx+xml"));
    }

    @Test
    void plainApplicationXmlInACycloneDxNamespaceIsReadAsCycloneDx() throws Exception {
        String xml = BomGeneratorFactory.createXml(Version.VERSION_15, pcbAssembly(Version.VERSION_15)).toXmlString();
        expectPcbReport(check("application/xml", xml), Version.VERSION_15)
                .body("format", equalTo("application/vnd.cyclonedx+xml"));
    }

    private static ValidatableResponse expectPcbReport(ValidatableResponse answer, Version version) {
        boolean properties = version != Version.VERSION_12;
        return answer.statusCode(200)
                .body("components.collect { it.name.trim() }", contains("GAN-FET-650V", "MAG-N42SH", "RC0603FR-0710KL", "MAG-N42SH", "adapter-fw"))
                .body("components.status", contains("SCORED", "SCORED", "NO_MATERIAL_DATA", "SCORED", "NOT_PHYSICAL"))
                .body("components.matchedBy", contains("name", "name", null, "name", null))
                .body("components.bomRef", contains("U1", "U2", "R1", "J1", "FW"))
                .body("components[0].quantity", equalTo(properties ? 2 : 1))
                .body("components[1].quantityAssumed", equalTo(true))
                .body("components[3].quantity", equalTo(properties ? 8 : 1))
                .body("components[4].lineNumber", nullValue())
                .body("components[2].hint", containsString("Register part RC0603FR-0710KL"))
                .body("summary.componentsByStatus.SCORED", equalTo(3))
                .body("summary.componentsByStatus.NO_MATERIAL_DATA", equalTo(1))
                .body("summary.componentsByStatus.NOT_PHYSICAL", equalTo(1))
                .body("summary.assemblies", equalTo(1))
                .body("summary.lines", equalTo(4))
                .body("summary.coverage", equalTo(0.75f))
                .body("lines[3].description", equalTo("Connector board > MAG-N42SH"))
                .body("lines[0].materials[0].material", equalTo("GA"))
                .body("violations.rule", hasItem("MIN_COVERAGE"))
                .body("verdict", equalTo("FAIL"));
    }

    @ParameterizedTest
    @EnumSource(value = Version.class, names = {"VERSION_12", "VERSION_14", "VERSION_16"})
    void aSoftwareOnlySbomGets422NamingItsComponentTypes(Version version) throws Exception {
        Bom bom = new Bom();
        bom.setComponents(new ArrayList<>(List.of(component(Component.Type.LIBRARY, "jackson-databind", null, null),
                component(Component.Type.LIBRARY, "netty-codec", null, null),
                component(Component.Type.APPLICATION, "procrisk-gateway", null, null))));
        check("application/vnd.cyclonedx+json", BomGeneratorFactory.createJson(version, bom).toJsonString())
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("(1 application, 2 library)"))
                .body("detail", containsString("reads hardware BOMs"));
    }

    @Test
    void aValid12DocumentIsCheckedAgainstThe12SchemaNotThe16One() {
        String doc = """
                {"bomFormat":"CycloneDX","specVersion":"%s","version":1,
                 "components":[{"type":"device","name":"GAN-FET-650V","version":"B",
                   "externalReferences":[{"type":"vcs","url":"git@github.com:acme/board.git"}]}]}""";
        check("application/vnd.cyclonedx+json", doc.formatted("1.2")).statusCode(200)
                .body("components[0].status", equalTo("SCORED"));
        check("application/vnd.cyclonedx+json", doc.formatted("1.6")).statusCode(400)
                .body("errors[0].field", equalTo("CycloneDX 1.6 schema"));
    }

    @Test
    void aDocumentThatBreaksItsOwnVersionsSchemaIsRefused() {
        String doc = """
                {"bomFormat":"CycloneDX","specVersion":"1.2","version":1,
                 "components":[{"type":"cryptographic-asset","name":"key"}]}""";
        check("application/vnd.cyclonedx+json", doc).statusCode(400)
                .body("errors[0].field", equalTo("CycloneDX 1.2 schema"));
    }

    @Test
    void versionsOutsideTheRangeAreNamed() {
        check("application/vnd.cyclonedx+json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.7\",\"version\":1}")
                .statusCode(400).body("detail", equalTo("SpecVersion: CycloneDX 1.7 is not supported; 1.2 to 1.6 is read"));
        check("application/vnd.cyclonedx+xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.1\" version=\"1\"/>")
                .statusCode(400).body("detail", containsString("CycloneDX 1.1 is not supported; 1.2 to 1.6 is read"));
        check("application/vnd.cyclonedx+xml", "<MainDeclaration/>")
                .statusCode(400).body("detail", containsString("not in a CycloneDX namespace"));
    }

    @Test
    void aDoctypeInCycloneDxXmlIsRefusedBeforeAnythingIsExpanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"><components>
                  <component type="device"><name>&x;</name></component></components></bom>""";
        check("application/vnd.cyclonedx+xml", xxe).statusCode(400)
                .body("detail", containsString("a DOCTYPE is not allowed"));
        check("application/xml", xxe).statusCode(400)
                .body("detail", containsString("a DOCTYPE is not allowed"));
    }

    @Test
    void malformedProcriskPropertiesStillGet400() throws Exception {
        Bom bom = new Bom();
        Component part = component(Component.Type.DEVICE, "Rotor magnet", null, null);
        part.setProperties(new ArrayList<>(List.of(property("procrisk:material", "ND"))));
        bom.setComponents(new ArrayList<>(List.of(part)));
        check("application/vnd.cyclonedx+json", BomGeneratorFactory.createJson(Version.VERSION_15, bom).toJsonString())
                .statusCode(400).body("detail", containsString("give one of each per material"));
    }

    /**
     * A PCIe adapter board as an EDA tool exports it: MPNs as names (one with stray spaces), suppliers,
     * quantities, firmware. CycloneDX 1.2 has no properties (the library's XML generator would write them
     * anyway), so its quantities are left out.
     */
    static Bom pcbAssembly(Version version) {
        boolean q = version != Version.VERSION_12;
        Bom bom = new Bom();
        Metadata metadata = new Metadata();
        metadata.setComponent(component(Component.Type.DEVICE, "PCIe adapter board rev B", null, null));
        bom.setMetadata(metadata);
        Component connectorBoard = component(Component.Type.DEVICE, "Connector board", "CB", q ? "2" : null);
        connectorBoard.setComponents(new ArrayList<>(List.of(component(Component.Type.DEVICE, "MAG-N42SH", "J1", q ? "4" : null))));
        bom.setComponents(new ArrayList<>(List.of(
                component(Component.Type.DEVICE, "GAN-FET-650V", "U1", q ? "2" : null),
                component(Component.Type.DEVICE, " MAG-N42SH ", "U2", null),
                component(Component.Type.DEVICE, "RC0603FR-0710KL", "R1", q ? "12" : null),
                connectorBoard,
                component(Component.Type.FIRMWARE, "adapter-fw", "FW", null))));
        return bom;
    }

    private static Component component(Component.Type type, String name, String bomRef, String quantity) {
        Component c = new Component();
        c.setType(type);
        c.setName(name);
        c.setBomRef(bomRef);
        c.setVersion("1");
        OrganizationalEntity supplier = new OrganizationalEntity();
        supplier.setName("Acme Components");
        c.setSupplier(supplier);
        if (quantity != null) {
            c.setProperties(new ArrayList<>(List.of(property("cdx:device:quantity", quantity))));
        }
        return c;
    }

    private static Property property(String name, String value) {
        Property p = new Property();
        p.setName(name);
        p.setValue(value);
        return p;
    }

    private static ValidatableResponse check(String contentType, String body) {
        return given().contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(PATH).then();
    }
}
