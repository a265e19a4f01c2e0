package org.procrisk.supplier.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "Where a figure or a measure comes from")
public record SourceDto(
        @Schema(example = "USGS-MCS-2025-REE") @NotBlank @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]*", message = "must be upper-case letters, digits, '.', '_' or '-'") String id,
        @Schema(example = "U.S. Geological Survey") @NotBlank @Size(max = 200) String publisher,
        @Schema(example = "Mineral Commodity Summaries 2025: Rare Earths") @NotBlank @Size(max = 500) String title,
        @Schema(example = "2025") @Min(1900) @Max(2100) int year,
        @Schema(example = "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf") @Size(max = 1000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Size(max = 4000) String notes) {
}
