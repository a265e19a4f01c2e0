package org.procrisk.scoring.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procrisk.scoring.testing.InjectSupplierMock;
import org.procrisk.scoring.testing.SnapshotJson;
import org.procrisk.scoring.testing.WireMockSupplierResource;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(WireMockSupplierResource.class)
class PortfolioAndScenarioTest {

    private static final String EX1 = SnapshotJson.examples().get(0).get("request").toString();
    private static final String EX2 = SnapshotJson.examples().get(1).get("request").toString();
    private static final String EX3 = SnapshotJson.examples().get(2).get("request").toString();

    @InjectSupplierMock
    WireMockServer supplier;

    @BeforeEach
    void loadSnapshot() {
        supplier.stubFor(get(urlEqualTo("/api/v1/snapshot")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SnapshotJson.of(9, null))));
        given().when().post("/api/v1/admin/snapshot:refresh").then().statusCode(200);
    }

    @Test
    void portfolioAddsOrdersUpAndRanksTheRiskiest() {
        // EX-2: 12,400.00 at risk 9,081.14 (score 86); EX-3: 15,500.00 at risk 7,626.00 (score 74)
        given().contentType(ContentType.JSON).body("{\"orders\":[" + EX3 + "," + EX2 + "]}")
                .when().post("/api/v1/portfolio")
                .then().statusCode(200)
                .body("reportingCurrency", equalTo("EUR"))
                .body("orders", equalTo(2)).body("lines", equalTo(2))
                .body("totalValue", equalTo(27900.00f))
                .body("controlValueAtRisk", equalTo(16707.14f))
                .body("topOrders.poNumber", equalTo(List.of("EX-2", "EX-3")))
                .body("exposureByMaterial.find { it.material == 'DY' }.lineValue", equalTo(12400.00f))
                .body("exposureByMaterial.find { it.material == 'DY' }.controlValueAtRisk", equalTo(9081.14f))
                .body("exposureByControl.find { it.controlId == 'CN-2025-18' }.value", equalTo(12400.00f))
                .body("exposureByRefiningCountry[0].country", equalTo("CN"));
    }

    @Test
    void mixedCurrenciesNeedRates() {
        String usd = EX3.replace("\"EUR\"", "\"USD\"");
        given().contentType(ContentType.JSON).body("{\"orders\":[" + EX2 + "," + usd + "]}")
                .when().post("/api/v1/portfolio")
                .then().statusCode(422).body("errors[0].field", equalTo("reportingCurrency"));
        given().contentType(ContentType.JSON).body("{\"orders\":[" + EX2 + "," + usd + "],\"reportingCurrency\":\"EUR\"}")
                .when().post("/api/v1/portfolio")
                .then().statusCode(422).body("errors[0].field", equalTo("fxRates.USD"));
        // 15,500 USD at 0.5 = 7,750 EUR; at risk 7,626 USD = 3,813 EUR
        given().contentType(ContentType.JSON)
                .body("{\"orders\":[" + EX2 + "," + usd + "],\"reportingCurrency\":\"EUR\",\"fxRates\":{\"USD\":0.5}}")
                .when().post("/api/v1/portfolio")
                .then().statusCode(200).body("totalValue", equalTo(20150.00f)).body("controlValueAtRisk", equalTo(12894.14f));
    }

    @Test
    void aHypotheticalBanShowsItsEffectPerOrderAndInTotal() {
        // EX-1 (DE, 2024-06-01): baseline P 0, R 0.495 → 50. Scenario: DY magnets banned to DE from 2024-01-01:
        // P_DY,MAGNET = 0.94 (REE magnet rows) × 1.0; R = 1 − 0.06 × (1 − 0.495) = 0.9697 → 97; at risk 12,400 × 0.94.
        given().contentType(ContentType.JSON).body("{\"orders\":[" + EX1 + "],\"scenario\":{\"name\":\"Dy magnet ban\","
                        + "\"controls\":[{\"id\":\"WHATIF-1\",\"issuer\":\"CN\",\"measure\":\"BAN\",\"materials\":[\"DY\"],"
                        + "\"forms\":[\"MAGNET\"],\"targetCountries\":[\"DE\"],\"effectiveFrom\":\"2024-01-01\"}]}}")
                .when().post("/api/v1/scenarios:evaluate")
                .then().statusCode(200)
                .body("baseline.score", equalTo(50)).body("withScenario.score", equalTo(97)).body("delta.score", equalTo(47))
                .body("withScenario.controlValueAtRisk", equalTo(11656.00f))
                .body("orders[0].scoreDelta", equalTo(47))
                .body("orders[0].newControls", equalTo(List.of("WHATIF-1")));
    }

    @Test
    void liftingASuspensionAndMovingSharesChangeTheResult() {
        // EX-3 inside the clause-2 suspension: lifting it restores the ban: P = 0.984, at risk 15,252.00, score 99.
        given().contentType(ContentType.JSON).body("{\"orders\":[" + EX3 + "],\"scenario\":{\"name\":\"lift\","
                        + "\"suspensions\":[{\"controlId\":\"CN-2024-46-C2\",\"lift\":true}]}}")
                .when().post("/api/v1/scenarios:evaluate")
                .then().statusCode(200)
                .body("baseline.score", equalTo(74)).body("withScenario.score", equalTo(99))
                .body("withScenario.controlValueAtRisk", equalTo(15252.00f))
                .body("orders[0].newControls", equalTo(List.of("CN-2024-46-C2")));
        // Ga refining split CN 0.5 / JP 0.5: P = 0.25, C = 0.5, R = 1 − 0.75 × 0.75 = 0.4375 → 44.
        given().contentType(ContentType.JSON).body("{\"orders\":[" + EX3 + "],\"scenario\":{\"name\":\"Japan refines half\","
                        + "\"shareOverrides\":[{\"material\":\"GA\",\"stage\":\"REFINING\",\"year\":2024,\"shares\":{\"CN\":0.5,\"JP\":0.5}}]}}")
                .when().post("/api/v1/scenarios:evaluate")
                .then().statusCode(200).body("withScenario.score", equalTo(44));
        given().contentType(ContentType.JSON).body("{\"orders\":[" + EX3 + "],\"scenario\":{\"name\":\"bad\","
                        + "\"suspensions\":[{\"controlId\":\"NOPE\",\"lift\":true}]}}")
                .when().post("/api/v1/scenarios:evaluate")
                .then().statusCode(422).body("errors[0].field", equalTo("scenario.suspensions[0].controlId"));
    }
}
