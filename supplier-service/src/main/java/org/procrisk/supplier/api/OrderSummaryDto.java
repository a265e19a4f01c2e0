package org.procrisk.supplier.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoredOrderSummary", description = "An order of the order book in a list: its latest score, not its lines")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderSummaryDto(
        @Schema(example = "PO-2026-004711") String poNumber,
        @Schema(example = "OPEN", enumeration = {"OPEN", "CLOSED"}) String status,
        @Schema(example = "native", enumeration = {"native", "sap-v2", "sap-v4", "odoo"}) String format,
        @Schema(example = "1") long version,
        @Schema(example = "20") int lineCount,
        @Schema(description = "When the order or its score last changed") Instant changedAt,
        OrderScoreDto latestScore) {
}
