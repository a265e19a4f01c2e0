package org.procrisk.supplier.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Material", description = "A material the scoring method knows, with its customs identifiers.")
public record MaterialDto(
        @Schema(description = "Material code: element symbol in upper case, GRAPHITE, or the aggregate REE", example = "DY")
        String code,
        @Schema(example = "Dysprosium") String name,
        @Schema(example = "Dy") String symbol,
        @Schema(description = "LREE, HREE, SC, REE (aggregate) or OTHER", example = "HREE") String group,
        @Schema(example = "7429-91-6") String casNumber,
        @Schema(description = "Candidate HS-6 codes (a flag, not a determination)", example = "[\"2805.30\", \"2846.90\"]")
        List<String> hsCodes,
        @Schema(example = "additive in high-temperature NdFeB") String notes) {
}
