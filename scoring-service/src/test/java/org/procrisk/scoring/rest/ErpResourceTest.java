package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import static io.restassured.RestAssured.given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.JsonDiff;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

/**
 * SAP S/4HANA (OData v2 and v4) and Odoo purchase orders, built from their published field names, score
 * exactly as the equivalent native orders do, line for line, keyed by the ERP's own items.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class ErpResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final String REGISTRY = """
            {"suppliers":[{"externalId":"V-10042","name":"Baotou Magnet Works","country":"CN"},
                          {"externalId":"V-20007","name":"Shin-Etsu Magnetics","country":"JP"},
                          {"externalId":"7","name":"Odoo partner 7","country":"CN"}],
             "parts":[{"partNumber":"MAG-ROTOR-48","composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.21},
                        {"material":"PR","form":"MAGNET","massKgPerUnit":0.06},{"material":"DY","form":"MAGNET","massKgPerUnit":0.008}]},
                      {"partNumber":"GAN-FET-650V","composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":0.0004}]},
                      {"partNumber":"GE-LENS-IR25","composition":[{"material":"GE","form":"METAL","massKgPerUnit":0.035}]},
                      {"partNumber":"WC-INSERT-CNMG","composition":[{"material":"W","form":"COMPOUND","massKgPerUnit":0.009}]}],
             "declarations":[]}""";

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void loadRegistry() throws Exception {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SnapshotJson.of(21, JSON.readTree(REGISTRY)))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void anSapV2OrderScoresAsItsNativeEquivalentKeyedByItsItems() throws Exception {
        JsonNode erp = post("/api/v1/erp/sap-v2/scores?asOf=orderDate", ErpExamples.SAP_V2);
        // 124.00 per 10 PC is 12.40 per PC; the service item and the deleted item are left out
        JsonNode nat = post("/api/v1/scores", """
                {"poNumber":"4500000123","buyerCountry":"DE","currency":"EUR","asOf":"2025-12-01",
                 "lines":[{"lineNumber":10,"partNumber":"MAG-ROTOR-48","supplierId":"V-10042","quantity":1000,"unitPrice":"12.400000"}]}""");
        assertSameExceptErpFields(erp, nat);
        assertThat(erp.path("lines").get(0).path("erpKey").asText()).isEqualTo("00010");
        assertThat(erp.path("skipped").toString()).isEqualTo("[{\"erpKey\":\"00020\",\"reason\":\"no Material: a service or text item\"},"
                + "{\"erpKey\":\"00030\",\"reason\":\"deleted (PurchasingDocumentDeletionCode L)\"}]");
        assertThat(nat.has("skipped")).isFalse();
        assertThat(nat.path("lines").get(0).has("erpKey")).isFalse();
    }

    @Test
    void anSapV4OrderWithNumbersScoresAsItsNativeEquivalent() throws Exception {
        JsonNode erp = post("/api/v1/erp/sap-v4/scores?asOf=2025-06-01&buyerCountry=us", ErpExamples.SAP_V4);
        JsonNode nat = post("/api/v1/scores", """
                {"poNumber":"4500000124","buyerCountry":"US","currency":"EUR","asOf":"2025-06-01",
                 "lines":[{"lineNumber":10,"partNumber":"MAG-ROTOR-48","supplierId":"V-20007","quantity":200,"unitPrice":"12.400000"},
                          {"lineNumber":20,"partNumber":"GE-LENS-IR25","supplierId":"V-20007","quantity":40,"unitPrice":"95.000000"}]}""");
        assertSameExceptErpFields(erp, nat);
        assertThat(erp.path("lines").findValuesAsText("erpKey")).containsExactly("10", "20");
    }

    @Test
    void anOdooOrderScoresAsItsNativeEquivalentByLineId() throws Exception {
        JsonNode erp = post("/api/v1/erp/odoo/scores?asOf=orderDate", ErpExamples.ODOO);
        // 8.00 less 10% is 7.20; the section and the note are left out; partner 7 is the supplier
        JsonNode nat = post("/api/v1/scores", """
                {"poNumber":"P00042","buyerCountry":"DE","currency":"EUR","asOf":"2025-12-01",
                 "lines":[{"lineNumber":302,"partNumber":"MAG-ROTOR-48","supplierId":"7","quantity":1000,"unitPrice":12.4},
                          {"lineNumber":303,"partNumber":"WC-INSERT-CNMG","supplierId":"7","quantity":50,"unitPrice":"7.200000"}]}""");
        assertSameExceptErpFields(erp, nat);
        assertThat(erp.path("lines").findValuesAsText("erpKey")).containsExactly("302", "303");
        assertThat(erp.path("skipped").findValuesAsText("reason")).containsExactly("a section line", "a note line");
    }

    @Test
    void unknownPartsAndSuppliersAreFlaggedNotRefused() throws Exception {
        String order = ErpExamples.SAP_V4.replace("\"Supplier\":\"V-20007\"", "\"Supplier\":\"V-99999\"")
                .replace("GE-LENS-IR25", "NOT-IN-REGISTRY");
        JsonNode erp = post("/api/v1/erp/sap-v4/scores", order);
        assertThat(erp.path("lines").get(1).path("flags").toString()).contains("UNKNOWN_PART");
        assertThat(erp.path("lines").get(0).path("flags").toString()).contains("UNKNOWN_SUPPLIER");
    }

    @Test
    void theDecisionViewAnswersAllowWarnOrBlock() {
        // the Dy magnet after the 2025 licence requirement, to a German buyer: CRITICAL blocks by default
        given().contentType(ContentType.JSON).body(ErpExamples.SAP_V2).when()
                .post("/api/v1/erp/sap-v2/scores?view=decision&asOf=2025-06-01")
                .then().statusCode(200)
                .body("poNumber", equalTo("4500000123"))
                .body("riskTier", equalTo("CRITICAL")).body("decision", equalTo("BLOCK"))
                .body("reasons", equalTo(List.of("risk tier CRITICAL blocks")))
                .body("lines[0].erpKey", equalTo("00010"))
                .body("skipped.erpKey", equalTo(List.of("00020", "00030")))
                .body("lines[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("materials")));
        // the same magnet before the licence requirement: no control in force, the concentration alone (R 0.495)
        given().contentType(ContentType.JSON).body(ErpExamples.SAP_V2).when()
                .post("/api/v1/erp/sap-v2/scores?view=decision&asOf=2024-06-01")
                .then().statusCode(200).body("score", equalTo(50)).body("riskTier", equalTo("HIGH"))
                .body("decision", equalTo("WARN")).body("reasons", equalTo(List.of("risk tier HIGH warns")));
    }

    @Test
    void problemsNameTheErpsOwnFields() {
        String badQuantity = ErpExamples.SAP_V2.replace("\"OrderQuantity\":\"1000\"", "\"OrderQuantity\":\"-5\"");
        given().contentType(ContentType.JSON).body(badQuantity).when().post("/api/v1/erp/sap-v2/scores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("to_PurchaseOrderItem.results[0].OrderQuantity"));
        String notANumber = ErpExamples.SAP_V2.replace("\"NetPriceAmount\":\"124.00\"", "\"NetPriceAmount\":\"12,40\"");
        given().contentType(ContentType.JSON).body(notANumber).when().post("/api/v1/erp/sap-v2/scores")
                .then().statusCode(400).body("errors.field", equalTo(List.of("to_PurchaseOrderItem.results[0].NetPriceAmount")));
        String unknownCurrency = ErpExamples.ODOO.replace("[1,\"EUR\"]", "[1,\"EURO\"]");
        given().contentType(ContentType.JSON).body(unknownCurrency).when().post("/api/v1/erp/odoo/scores")
                .then().statusCode(422).body("errors.field", equalTo(List.of("currency_id")));
        given().contentType(ContentType.JSON).body(ErpExamples.SAP_V2).when().post("/api/v1/erp/sap-v2/scores?view=brief")
                .then().statusCode(400).body("errors.field", equalTo(List.of("view")));
    }

    @Test
    void withoutABuyerCountryOrAConversionTheOrderCannotBeScored() throws Exception {
        String otherCompany = ErpExamples.SAP_V2.replace("\"CompanyCode\":\"1010\"", "\"CompanyCode\":\"9999\"");
        given().contentType(ContentType.JSON).body(otherCompany).when().post("/api/v1/erp/sap-v2/scores")
                .then().statusCode(422).body("errors.field", equalTo(List.of("CompanyCode")));
        given().contentType(ContentType.JSON).body(otherCompany).when().post("/api/v1/erp/sap-v2/scores?buyerCountry=DE")
                .then().statusCode(200).body("buyerCountry", equalTo("DE"));
        // priced per box of 100 without the conversion to pieces
        ObjectNode perBox = (ObjectNode) JSON.readTree(ErpExamples.SAP_V2);
        ObjectNode item = (ObjectNode) perBox.at("/d/to_PurchaseOrderItem/results/0");
        item.put("NetPriceQuantity", "1").put("OrderPriceUnit", "BOX").remove(List.of("OrderPriceUnitToOrderUnitNmrtr",
                "OrdPriceUnitToOrderUnitDnmntr"));
        given().contentType(ContentType.JSON).body(perBox.toString()).when().post("/api/v1/erp/sap-v2/scores")
                .then().statusCode(422).body("errors.field", equalTo(List.of("to_PurchaseOrderItem.results[0].OrderPriceUnitToOrderUnitNmrtr")));
        // with it (1 BOX = 100 PC): 124.00 per box is 1.24 per piece
        item.put("OrderPriceUnitToOrderUnitNmrtr", "1").put("OrdPriceUnitToOrderUnitDnmntr", "100");
        given().contentType(ContentType.JSON).body(perBox.toString()).when().post("/api/v1/erp/sap-v2/scores")
                .then().statusCode(200).body("lines[0].value", equalTo(1240.0f));
        String allSkipped = ErpExamples.SAP_V2.replace("\"Material\":\"MAG-ROTOR-48\"", "\"Material\":\"\"");
        given().contentType(ContentType.JSON).body(allSkipped).when().post("/api/v1/erp/sap-v2/scores")
                .then().statusCode(422).body("errors.field", equalTo(List.of("to_PurchaseOrderItem.results")));
    }

    @Test
    void theBareV2ObjectAndIsoDatesAreReadToo() throws Exception {
        ObjectNode wrapped = (ObjectNode) JSON.readTree(ErpExamples.SAP_V2);
        ObjectNode bare = (ObjectNode) wrapped.get("d");
        bare.put("PurchaseOrderDate", "2025-12-01T00:00:00");
        JsonNode a = post("/api/v1/erp/sap-v2/scores?asOf=orderDate", bare.toString());
        JsonNode b = post("/api/v1/erp/sap-v2/scores?asOf=orderDate", ErpExamples.SAP_V2);
        List<String> differences = new ArrayList<>();
        JsonDiff.diff("$", withoutFetchTime(b), withoutFetchTime(a), differences);
        assertThat(differences).isEmpty();
        assertThat(a.path("asOf").asText()).isEqualTo("2025-12-01");
    }

    @Test
    void theOrderBookReadsAnErpOrderIntoItsNativeFormWithTheItemKeys() throws Exception {
        JsonNode read = post("/api/v1/internal/erp-orders/sap-v2", ErpExamples.SAP_V2);
        assertThat(read.path("order").toString()).isEqualTo("{\"poNumber\":\"4500000123\",\"buyerCountry\":\"DE\","
                + "\"currency\":\"EUR\",\"lines\":[{\"lineNumber\":10,\"partNumber\":\"MAG-ROTOR-48\","
                + "\"supplierId\":\"V-10042\",\"quantity\":1000,\"unitPrice\":12.400000}]}");
        assertThat(read.path("erpKeys").toString()).isEqualTo("[\"00010\"]");
        assertThat(read.path("skipped")).hasSize(2);
        assertThat(read.path("orderDate").asText()).isEqualTo("2025-12-01");

        given().contentType(ContentType.JSON).body(ErpExamples.ODOO.replace("[1,\"EUR\"]", "[1,\"EURO\"]"))
                .when().post("/api/v1/internal/erp-orders/odoo")
                .then().statusCode(422).body("errors.field", equalTo(List.of("currency_id")));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/internal/erp-orders/ariba")
                .then().statusCode(400).body("errors.field", hasItem("format"));
    }

    private static JsonNode post(String path, String body) throws Exception {
        return JSON.readTree(given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(200).extract().asString());
    }

    /** Field by field, numbers by their text; the ERP answer only adds the item keys and the skipped items. */
    private static void assertSameExceptErpFields(JsonNode erp, JsonNode nat) {
        ObjectNode e = (ObjectNode) withoutFetchTime(erp.deepCopy());
        e.remove("skipped");
        e.withArray("lines").forEach(l -> ((ObjectNode) l).remove("erpKey"));
        List<String> differences = new ArrayList<>();
        JsonDiff.diff("$", withoutFetchTime(nat), e, differences);
        assertThat(differences).isEmpty();
    }

    private static JsonNode withoutFetchTime(JsonNode answer) {
        answer.findParents("fetchedAt").forEach(p -> ((ObjectNode) p).remove("fetchedAt"));
        return answer;
    }
}
