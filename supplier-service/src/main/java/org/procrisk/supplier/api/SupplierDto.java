package org.procrisk.supplier.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Supplier")
public record SupplierDto(
        @Schema(description = "Server id", example = "3f7c1d2e-9a41-4c55-8d0e-2b6f1a7c9e10") String id,
        @Schema(example = "V-10042") String externalId,
        @Schema(example = "Baotou Magnet Works Co., Ltd.") String name,
        @Schema(example = "CN") String country,
        List<SiteDto> sites,
        @Schema(description = "Increases with every change; the ETag carries it", example = "0") int version,
        Instant createdAt,
        Instant updatedAt) {
}
