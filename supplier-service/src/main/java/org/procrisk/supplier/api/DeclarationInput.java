package org.procrisk.supplier.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.procrisk.common.validation.SafeText;

@Schema(name = "DeclarationInput", description = "A supplier's statement of where a material went through a stage. "
        + "It overrides the global country shares when that supplier's order lines are scored.")
public record DeclarationInput(
        @Schema(description = "The supplier's externalId", example = "V-20007") @NotBlank @Size(max = 64) @SafeText String supplier,
        @Schema(description = "Only for this part; omit to cover every part of the supplier", example = "MAG-ROTOR-48")
        @Size(max = 64) @SafeText String partNumber,
        @Schema(example = "DY") @NotBlank @Size(max = 16) String material,
        @Schema(example = "REFINING") @NotNull StageName stage,
        @Schema(description = "Country (ISO alpha-2 or ZZ) to share in [0,1]; shares sum to 1",
                example = "{\"JP\": 0.7, \"CN\": 0.3}") @NotEmpty @Size(max = 250) Map<String, BigDecimal> shares,
        @Schema(example = "2025-01-01") @NotNull LocalDate validFrom,
        @Schema(description = "Inclusive; open-ended when omitted", example = "2026-12-31") LocalDate validTo,
        @Schema(description = "Free text or URL, e.g. an RMI CMRT/AMRT file name", example = "CMRT-2025-V20007.xlsx")
        @Size(max = 1000) @SafeText String evidence) {

    public DeclarationInput {
        shares = shares == null ? Map.of() : shares;
    }

    public enum StageName {
        MINING, REFINING, MAGNET
    }
}
