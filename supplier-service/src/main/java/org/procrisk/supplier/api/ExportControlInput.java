package org.procrisk.supplier.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.procrisk.common.validation.SafeText;

@Schema(name = "ExportControlInput", description = "A trade measure, as entered the day it is announced.")
public record ExportControlInput(
        @Schema(example = "CN-2026-07") @NotBlank @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]*", message = "must be upper-case letters, digits, '.', '_' or '-'") String id,
        @Schema(description = "Issuing country, ISO alpha-2", example = "CN") @NotNull String issuer,
        @Schema(example = "MOFCOM/GAC Announcement No. 7 [2026]") @NotBlank @Size(max = 500) @SafeText String instrument,
        @Schema(example = "Export control of dysprosium and terbium magnets to Germany") @NotBlank @Size(max = 500) @SafeText String title,
        @Schema(example = "BAN") @NotNull Measure measure,
        @Schema(example = "EXPORT") @NotNull Direction direction,
        @Schema(description = "Material codes; REE means every rare earth; may be empty", example = "[\"DY\", \"TB\"]")
        @Size(max = 50) List<@NotBlank String> materials,
        @Schema(example = "[\"MAGNET\"]") @NotEmpty @Size(max = 9) List<@NotNull ControlForm> forms,
        @Schema(description = "[\"ALL\"] or ISO alpha-2 codes (for IMPORT rows: barred origin countries)", example = "[\"DE\"]")
        @NotEmpty @Size(max = 250) List<@NotBlank String> targetCountries,
        @Schema(example = "ANY") @NotNull EndUse endUse,
        @Schema(description = "Buyer programme an IMPORT restriction binds", example = "US-DOD") @Size(max = 32) String programme,
        @Schema(example = "2026-11-20") LocalDate announced,
        @Schema(example = "2027-01-01") LocalDate effectiveFrom,
        LocalDate suspendedFrom,
        LocalDate suspendedUntil,
        LocalDate ended,
        @Schema(description = "Id of a source in /api/v1/sources", example = "MOFCOM-2025-18") @NotBlank @Size(max = 64) String sourceId,
        @Size(max = 4000) @SafeText String notes) {

    public ExportControlInput {
        materials = materials == null ? List.of() : materials;
        forms = forms == null ? List.of() : forms;
        targetCountries = targetCountries == null ? List.of() : targetCountries;
    }

    public enum Measure {
        LICENCE, BAN, QUOTA, DUTY, TECH_BAN
    }

    public enum Direction {
        EXPORT, IMPORT
    }

    public enum EndUse {
        ANY, MILITARY
    }

    public enum ControlForm {
        ORE, OXIDE, METAL, ALLOY, COMPOUND, MAGNET, TECHNOLOGY, EQUIPMENT, ANY
    }
}
