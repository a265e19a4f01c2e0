package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

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
import io.restassured.http.ContentType;

/**
 * A US-DOD order through POST /scores: per-line DFARS verdicts today and the 2027-01-01 deadline with
 * the lines and value that change. Shares: ND/PR magnets declared made in Japan from Chinese refining.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class BuyerRestrictionsApiTest {

    private static final String REGISTRY = """
            {"suppliers":[{"externalId":"DFARS-JP","name":"Kyushu Magnet Works","country":"JP"}],
             "parts":[{"partNumber":"DFARS-MAG","description":"NdFeB actuator magnet",
                       "composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.2},
                                      {"material":"PR","form":"MAGNET","massKgPerUnit":0.05}]}],
             "declarations":[
               {"supplier":"DFARS-JP","material":"ND","stage":"MAGNET","shares":{"JP":1.0},"validFrom":"2025-01-01"},
               {"supplier":"DFARS-JP","material":"PR","stage":"MAGNET","shares":{"JP":1.0},"validFrom":"2025-01-01"},
               {"supplier":"DFARS-JP","material":"ND","stage":"REFINING","shares":{"CN":1.0},"validFrom":"2025-01-01"},
               {"supplier":"DFARS-JP","material":"PR","stage":"REFINING","shares":{"CN":1.0},"validFrom":"2025-01-01"}]}""";

    private static final String ORDER = """
            {"poNumber":"PO-DOD-1","buyerCountry":"US","currency":"USD","asOf":"2026-11-25",%s
             "lines":[{"lineNumber":10,"partNumber":"DFARS-MAG","supplierId":"DFARS-JP","quantity":100,"unitPrice":"200.00"},
                      {"lineNumber":20,"partNumber":"DFARS-MAG","supplierId":"DFARS-JP","quantity":50,"unitPrice":"100.00"},
                      {"lineNumber":30,"composition":[{"material":"W","form":"ALLOY","massKgPerUnit":0.4}],
                       "quantity":10,"unitPrice":"120.00"},
                      {"lineNumber":40,"composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":0.0004}],
                       "quantity":1000,"unitPrice":"3.00"}]}""";

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void registryWithDeclaredMagnets() throws Exception {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(SnapshotJson.of(21, new ObjectMapper().readTree(REGISTRY)))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void aDefenceOrderShowsTodaysVerdictsAndTheDeadlineWithValues() {
        given().contentType(ContentType.JSON).body(ORDER.formatted("\"programmes\":[\"US-DOD\"],"))
                .when().post("/api/v1/scores")
                .then().statusCode(200)
                .body("endUse", equalTo("MILITARY"))
                .body("compliance.asOf", equalTo("2026-11-25"))
                .body("compliance.verdict", equalTo("AT_RISK"))
                .body("compliance.restrictions.id", contains("US-DFARS-7052-MAG", "US-DFARS-7052-W"))
                .body("compliance.valueByVerdict.verdict", contains("COMPLIANT", "AT_RISK"))
                .body("compliance.valueByVerdict.lines", contains(3, 1))
                .body("compliance.valueByVerdict.value", contains(28000.00f, 1200.00f))
                // Japanese magnet-making declared: compliant today, checked against the declaration
                .body("lines[0].compliance.verdict", equalTo("COMPLIANT"))
                .body("lines[0].compliance.restrictionId", equalTo("US-DFARS-7052-MAG"))
                .body("lines[0].compliance.shareOrigin", equalTo("DECLARATION"))
                // tungsten alloy on global shares: W refining CN 0.85
                .body("lines[2].compliance.verdict", equalTo("AT_RISK"))
                .body("lines[2].compliance.restrictionId", equalTo("US-DFARS-7052-W"))
                .body("lines[2].compliance.stage", equalTo("REFINING"))
                .body("lines[2].compliance.restrictedShare", equalTo(0.85f))
                .body("lines[3].compliance.verdict", equalTo("COMPLIANT"))
                .body("compliance.deadlines[0].date", equalTo("2027-01-01"))
                .body("compliance.deadlines[0].daysLeft", equalTo(37))
                .body("compliance.deadlines[0].restrictions.id", contains("US-DFARS-7052-2027"))
                .body("compliance.deadlines[0].verdict", equalTo("NON_COMPLIANT"))
                .body("compliance.deadlines[0].changes.lineNumber", contains(10, 20))
                .body("compliance.deadlines[0].changes.to", contains("NON_COMPLIANT", "NON_COMPLIANT"))
                .body("compliance.deadlines[0].summary",
                        equalTo("2 lines, USD 25000.00, become NON_COMPLIANT on 2027-01-01"));
    }

    @Test
    void aDefenceProgrammeMakesTheOrderMilitaryUnlessItSaysOtherwise() {
        // GA refining CN 0.984 on 2026-11-25: the No. 46 clause 1 military ban (1.0) applies to MILITARY only;
        // clause 2 is suspended until 2026-11-27, leaving the licence (0.5) for CIVIL.
        given().contentType(ContentType.JSON).body(ORDER.formatted("\"programmes\":[\"US-DOD\"],"))
                .when().post("/api/v1/scores")
                .then().statusCode(200).body("lines[3].controlProbability", equalTo(0.984f));
        given().contentType(ContentType.JSON).body(ORDER.formatted("\"programmes\":[\"US-DOD\"],\"endUse\":\"CIVIL\","))
                .when().post("/api/v1/scores")
                .then().statusCode(200).body("endUse", equalTo("CIVIL")).body("lines[3].controlProbability", equalTo(0.492f))
                .body("compliance.verdict", equalTo("AT_RISK"));
    }

    @Test
    void withoutAProgrammeThereIsNoBuyerSideCheck() {
        given().contentType(ContentType.JSON).body(ORDER.formatted(""))
                .when().post("/api/v1/scores")
                .then().statusCode(200)
                .body("endUse", equalTo("CIVIL"))
                .body("$", not(hasKey("compliance")))
                .body("lines[0]", not(hasKey("compliance")));
    }

    @Test
    void theBatchCarriesTheVerdictsInItsCompactResults() {
        String body = ORDER.formatted("\"programmes\":[\"US-DOD\"],").replace("\n", "") + "\n";
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/scores/batch")
                .then().statusCode(200)
                .body(containsString("\"verdict\":\"AT_RISK\""))
                .body(containsString("become NON_COMPLIANT on 2027-01-01"));
    }

    @Test
    void aScenarioShowsTheVerdictItWouldChange() {
        // W alloy refining moved out of China in the scenario: the AT_RISK line becomes COMPLIANT, and with it the order.
        String order = ORDER.formatted("\"programmes\":[\"US-DOD\"],");
        given().contentType(ContentType.JSON).body("{\"orders\":[" + order + "],\"scenario\":{\"name\":\"Tungsten from Austria\","
                        + "\"shareOverrides\":[{\"material\":\"W\",\"stage\":\"REFINING\",\"year\":2024,\"shares\":{\"AT\":1.0}}]}}")
                .when().post("/api/v1/scenarios:evaluate")
                .then().statusCode(200)
                .body("orders[0].baselineCompliance", equalTo("AT_RISK"))
                .body("orders[0].scenarioCompliance", equalTo("COMPLIANT"));
    }
}
