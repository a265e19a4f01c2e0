package org.procrisk.supplier.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountryShareSet", description = "Every country's share of one material, stage and year; sums to 1")
public record CountryShareSetInput(@NotEmpty @Size(max = 250) List<@Valid @NotNull Row> rows) {

    public CountryShareSetInput {
        rows = rows == null ? List.of() : rows;
    }

    @Schema(name = "CountryShareRow")
    public record Row(
            @Schema(example = "CN") @NotNull String country,
            @Schema(example = "0.99") @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal share,
            @Schema(example = "COMPILED-ESTIMATE") @NotBlank @Size(max = 64) String sourceId,
            @Schema(example = "estimate") @NotNull @Pattern(regexp = "reported|estimate", message = "must be reported or estimate") String basis,
            @Size(max = 4000) String notes) {
    }
}
