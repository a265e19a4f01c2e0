package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procrisk.common.validation.SafeText;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ScoreRequest", description = "A purchase order to score.")
public record ScoreRequest(
        @Schema(example = "PO-2026-004711") @NotBlank @Size(max = 64) @SafeText String poNumber,
        @Schema(description = "Buyer's country, ISO 3166-1 alpha-2", example = "DE") @NotNull String buyerCountry,
        @Schema(description = "ISO 4217 currency of all unit prices", example = "EUR") @NotNull String currency,
        @Schema(description = "Date the exposure is assessed for; today (UTC) when omitted", example = "2025-06-01") LocalDate asOf,
        @Schema(description = "CIVIL or MILITARY. Default CIVIL, or MILITARY when a programme bound by a buyer-side "
                + "restriction (US-DOD) is named", example = "CIVIL") EndUse endUse,
        @Schema(description = "Buyer programmes, e.g. US-DOD: the order is then checked against the buyer-side "
                + "restrictions of its country (DFARS 225.7018 magnets and tungsten)", example = "[]") @Size(max = 20) List<@NotBlank @Size(max = 32) String> programmes,
        @Schema(description = "1 to 5,000 lines") @NotEmpty @Size(max = 5000) List<@Valid @NotNull Line> lines) {

    /** The order's own end use, not a control's (ANY, MILITARY): its own schema name. */
    @Schema(name = "OrderEndUse")
    public enum EndUse {
        CIVIL, MILITARY
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScoreRequestLine", description = "Either a registered partNumber or an inline composition")
    public record Line(
            @Schema(example = "10") @NotNull @Positive Integer lineNumber,
            @Schema(example = "MAG-ROTOR-48") @Size(max = 64) @SafeText String partNumber,
            @Size(max = 100) List<@Valid @NotNull Component> composition,
            @Schema(description = "The buyer's vendor number (supplier externalId)", example = "V-10042") @Size(max = 64) @SafeText String supplierId,
            @Schema(example = "1000") @NotNull @Positive @DecimalMax("1000000000000") BigDecimal quantity,
            @Schema(example = "12.40") @NotNull @PositiveOrZero @DecimalMax("1000000000000") BigDecimal unitPrice) {
    }

    @Schema(name = "ScoreRequestComponent")
    public record Component(
            @Schema(example = "DY") @NotBlank @Size(max = 16) String material,
            @Schema(example = "MAGNET") @NotNull MaterialForm form,
            @Schema(example = "0.008") @NotNull @Positive @DecimalMax("1000000") BigDecimal massKgPerUnit) {
    }

    public enum MaterialForm {
        ORE, OXIDE, METAL, ALLOY, COMPOUND, MAGNET
    }
}
