package org.procrisk.supplier.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoredOrder", description = "An order of the order book with its latest score")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredOrderDto(
        @Schema(example = "PO-2026-004711") String poNumber,
        @Schema(description = "OPEN orders are re-scored; CLOSED ones keep their history", example = "OPEN",
                enumeration = {"OPEN", "CLOSED"}) String status,
        @Schema(description = "How it was sent: native, sap-v2, sap-v4 or odoo", example = "native",
                enumeration = {"native", "sap-v2", "sap-v4", "odoo"}) String format,
        @Schema(description = "Changes with every write of the order (its ETag)", example = "1") long version,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        @Schema(description = "The order as it is scored (ERP orders as procrisk read them)") OrderInput order,
        @Schema(description = "ERP orders: the ERP's key of each line, in line order", example = "[\"00010\"]") List<String> erpKeys,
        @Schema(description = "ERP orders: the items that are not scored, with why") List<SkippedItemDto> skipped,
        OrderScoreDto latestScore) {

    @Schema(name = "OrderSkippedItem", description = "An ERP item that is not scored")
    public record SkippedItemDto(@Schema(example = "00030") String erpKey,
                                 @Schema(example = "deleted (PurchasingDocumentDeletionCode L)") String reason) {
    }
}
