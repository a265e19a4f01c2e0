package org.procrisk.supplier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkResult", description = "What an all-or-nothing bulk upsert did")
public record BulkResult(
        @Schema(example = "120") int created,
        @Schema(example = "35") int updated,
        @Schema(example = "9845") int unchanged,
        @Schema(description = "Dataset version after the upsert", example = "412") long datasetVersion) {
}
