package org.procrisk.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventPage", description = "Events after the cursor, oldest first, and the cursor to read from next")
public record EventPageDto(List<EventDto> events,
                           @Schema(description = "Always present; the same cursor when nothing is new", example = "YzE6NDI")
                           String next) {

    @Schema(name = "OrderEvent", description = "An order event, exactly as a webhook delivers it; id is the webhook-id")
    public record EventDto(@Schema(example = "evt_4f1c2d0e8b9a4b7c9d3e2f1a0b9c8d7e") String id,
                           @Schema(example = "order.risk.changed", enumeration = {"order.risk.changed", "order.control.reached",
                                   "order.compliance.changed"}) String type,
                           Instant timestamp,
                           @Schema(description = "order {poNumber}; before and after {score, riskTier, totalValue, valueAtRisk, "
                                   + "currency, controls, complianceVerdict, datasetVersion, asOf}; controls {added, removed}; "
                                   + "cause: {kind: DATASET, datasetVersion {from, to}, writes [{resourceType, resourceId, action, "
                                   + "datasetVersion}]} or {kind: DATE, asOf {from, to}}") Map<String, Object> data) {
    }
}
