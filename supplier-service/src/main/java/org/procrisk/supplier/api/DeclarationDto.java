package org.procrisk.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Declaration")
public record DeclarationDto(
        @Schema(example = "0b7e4c1a-2d3f-4a5b-9c8d-7e6f5a4b3c2d") String id,
        @Schema(example = "V-20007") String supplier,
        @Schema(example = "MAG-ROTOR-48") String partNumber,
        @Schema(example = "DY") String material,
        @Schema(example = "REFINING") String stage,
        @Schema(example = "{\"JP\": 0.7, \"CN\": 0.3}") Map<String, BigDecimal> shares,
        @Schema(example = "2025-01-01") LocalDate validFrom,
        @Schema(example = "2026-12-31") LocalDate validTo,
        @Schema(example = "CMRT-2025-V20007.xlsx") String evidence,
        @Schema(example = "0") int version,
        Instant createdAt) {
}
