package org.procrisk.supplier.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExportControl")
public record ExportControlDto(
        @Schema(example = "CN-2025-18") String id,
        @Schema(example = "CN") String issuer,
        @Schema(example = "MOFCOM/GAC Announcement No. 18 [2025]") String instrument,
        @Schema(example = "Export control of certain medium and heavy rare-earth items") String title,
        @Schema(example = "LICENCE") String measure,
        @Schema(example = "EXPORT") String direction,
        @Schema(example = "[\"SM\",\"GD\",\"TB\",\"DY\",\"LU\",\"SC\",\"Y\"]") List<String> materials,
        @Schema(example = "[\"METAL\",\"ALLOY\",\"OXIDE\",\"COMPOUND\",\"MAGNET\"]") List<String> forms,
        @Schema(example = "[\"ALL\"]") List<String> targetCountries,
        @Schema(example = "ANY") String endUse,
        String programme,
        @Schema(example = "2025-04-04") LocalDate announced,
        @Schema(example = "2025-04-04") LocalDate effectiveFrom,
        LocalDate suspendedFrom,
        LocalDate suspendedUntil,
        LocalDate ended,
        @Schema(example = "MOFCOM-2025-18") String sourceId,
        @Schema(example = "https://www.mofcom.gov.cn/...") String sourceUrl,
        String notes,
        @Schema(example = "0") int version) {
}
