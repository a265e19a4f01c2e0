package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A BOM in our own JSON shape: the CSV profile's rows as objects (rows with the same lineNumber are one
 * line with several materials), plus the check's settings, which the other formats take as query
 * parameters.
 */
@Schema(name = "BomDocument", description = "A bill of materials in procrisk JSON: the CSV columns as fields, one "
        + "object per line or per material of a line.")
public record BomCheckDocument(
        @Schema(example = "DE") String buyerCountry,
        @Schema(description = "ISO 4217 currency of unitPrice; needed only in a priced BOM", example = "EUR") String currency,
        @Schema(example = "2026-11-25") LocalDate asOf,
        @Schema(example = "CIVIL") ScoreRequest.EndUse endUse,
        @Size(max = 20) List<@NotNull @Size(max = 32) String> programmes,
        @Valid PolicyDto policy,
        @NotEmpty List<@Valid @NotNull Row> lines) {

    @Schema(name = "BomRow")
    public record Row(
            @Schema(example = "10") @NotNull @Positive Integer lineNumber,
            @Schema(example = "ROTOR-48") @Size(max = 64) String partNumber,
            @Schema(example = "Rotor magnet, N42SH") @Size(max = 500) String description,
            @Schema(example = "2") @NotNull @Positive @DecimalMax("1000000000000") BigDecimal quantity,
            @Schema(example = "12.40") @PositiveOrZero @DecimalMax("1000000000000") BigDecimal unitPrice,
            @Schema(example = "V-10042") @Size(max = 64) String supplierId,
            @Schema(example = "ND") @Size(max = 16) String material,
            @Schema(example = "MAGNET") @Size(max = 16) String form,
            @Schema(example = "0.21") @Positive @DecimalMax("1000000") BigDecimal massKgPerUnit) {
    }
}
