package org.procrisk.supplier.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.procrisk.supplier.domain.OrderEvent;
import org.procrisk.supplier.domain.OrderScore;
import org.procrisk.supplier.domain.RegistryWrite;

/** Which events a re-score makes, worked out by hand from the before and after scores. */
class OrderEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-10T00:00:04Z");
    private static final OrderEvents.Cause DATE = new OrderEvents.Cause(OrderScore.Cause.DATE, List.of());

    private static OrderScore score(int score, String tier, String var, String compliance, String day, long version,
                                    String... controls) {
        return new OrderScore(score, tier, new BigDecimal("12400.00"), new BigDecimal(var), "EUR", List.of(controls), compliance,
                version, LocalDate.parse(day), AT, OrderScore.Cause.DATE);
    }

    @Test
    void aSuspensionsEndThatRaisesTheTierAndAddsAControlMakesTwoEvents() throws Exception {
        OrderScore before = score(48, "MEDIUM", "5952.00", null, "2026-11-09", 412, "CN-2025-18");
        OrderScore after = score(71, "HIGH", "8804.00", null, "2026-11-10", 412, "CN-2025-18", "CN-2025-61");
        List<OrderEvent> events = OrderEvents.of("PO-1", before, after, DATE, 5, AT);

        assertThat(events).extracting(OrderEvent::type).containsExactly("order.risk.changed", "order.control.reached");
        JsonNode body = JSON.readTree(events.get(1).body());
        assertThat(body.get("id").asText()).isEqualTo(events.get(1).eventId()).startsWith("evt_");
        assertThat(body.get("type").asText()).isEqualTo("order.control.reached");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-11-10T00:00:04Z");
        assertThat(body.at("/data/order/poNumber").asText()).isEqualTo("PO-1");
        assertThat(body.at("/data/before/score").asInt()).isEqualTo(48);
        assertThat(body.at("/data/after/riskTier").asText()).isEqualTo("HIGH");
        assertThat(body.at("/data/after/valueAtRisk").decimalValue()).isEqualByComparingTo("8804.00");
        assertThat(body.at("/data/controls/added").toString()).isEqualTo("[\"CN-2025-61\"]");
        assertThat(body.at("/data/controls/removed").toString()).isEqualTo("[]");
        assertThat(body.at("/data/cause").toString())
                .isEqualTo("{\"kind\":\"DATE\",\"asOf\":{\"from\":\"2026-11-09\",\"to\":\"2026-11-10\"}}");
        assertThat(events.get(0).eventId()).isNotEqualTo(events.get(1).eventId());
    }

    @Test
    void aScoreMovesAnEventOnlyFromTheThresholdUp() {
        OrderScore before = score(40, "MEDIUM", "100.00", null, "2026-11-09", 7);
        assertThat(OrderEvents.of("PO-1", before, score(44, "MEDIUM", "110.00", null, "2026-11-10", 7), DATE, 5, AT)).isEmpty();
        assertThat(OrderEvents.of("PO-1", before, score(35, "MEDIUM", "90.00", null, "2026-11-10", 7), DATE, 5, AT))
                .extracting(OrderEvent::type).containsExactly("order.risk.changed");
        // a tier boundary crossed by one point is a change all the same
        assertThat(OrderEvents.of("PO-1", score(49, "MEDIUM", "1.00", null, "2026-11-09", 7),
                score(50, "HIGH", "1.00", null, "2026-11-10", 7), DATE, 5, AT))
                .extracting(OrderEvent::type).containsExactly("order.risk.changed");
        // a control that stops biting is in removed, but is no control.reached
        assertThat(OrderEvents.of("PO-1", score(40, "MEDIUM", "1.00", null, "2026-11-09", 7, "X-1"),
                score(40, "MEDIUM", "1.00", null, "2026-11-10", 7), DATE, 5, AT)).isEmpty();
    }

    @Test
    void aChangedBuyerSideVerdictIsAComplianceEventNamingTheRegistryWrites() throws Exception {
        OrderScore before = score(40, "MEDIUM", "100.00", "COMPLIANT COMPLIANT:2:1000.00", "2026-11-09", 7);
        OrderScore after = score(40, "MEDIUM", "100.00", "NON_COMPLIANT COMPLIANT:1:600.00 NON_COMPLIANT:1:400.00", "2026-11-09", 9);
        OrderEvents.Cause cause = new OrderEvents.Cause(OrderScore.Cause.DATASET,
                List.of(new RegistryWrite(8, "export-control", "US-DFARS-7052-2027", "REPLACE"),
                        new RegistryWrite(9, "declaration", "5d0c", "CREATE")));
        List<OrderEvent> events = OrderEvents.of("PO-9", before, after, cause, 5, AT);

        assertThat(events).extracting(OrderEvent::type).containsExactly("order.compliance.changed");
        JsonNode body = JSON.readTree(events.get(0).body());
        assertThat(body.at("/data/before/complianceVerdict").asText()).isEqualTo("COMPLIANT");
        assertThat(body.at("/data/after/complianceVerdict").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(body.at("/data/cause").toString()).isEqualTo("{\"kind\":\"DATASET\",\"datasetVersion\":{\"from\":7,\"to\":9},"
                + "\"writes\":[{\"resourceType\":\"export-control\",\"resourceId\":\"US-DFARS-7052-2027\",\"action\":\"REPLACE\","
                + "\"datasetVersion\":8},{\"resourceType\":\"declaration\",\"resourceId\":\"5d0c\",\"action\":\"CREATE\","
                + "\"datasetVersion\":9}]}");
    }
}
