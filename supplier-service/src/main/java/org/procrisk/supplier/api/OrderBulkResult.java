package org.procrisk.supplier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderBulkResult", description = "What an all-or-nothing bulk write of orders did")
public record OrderBulkResult(
        @Schema(example = "120") int created,
        @Schema(description = "Replaced with a different order, or reopened", example = "35") int replaced,
        @Schema(description = "Sent exactly as stored", example = "9845") int unchanged,
        @Schema(description = "The dataset version the written orders were scored on", example = "412") long datasetVersion) {
}
