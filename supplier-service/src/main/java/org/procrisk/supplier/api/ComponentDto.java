package org.procrisk.supplier.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Component", description = "One material of a part: code, form, and mass per unit of the part")
public record ComponentDto(
        @Schema(example = "ND") @NotBlank @Size(max = 16) String material,
        @Schema(example = "MAGNET") @NotNull MaterialForm form,
        @Schema(example = "0.21") @NotNull @Positive @DecimalMax("1000000") BigDecimal massKgPerUnit) {

    /** Forms a part can contain a material in (technology and equipment are not materials). */
    public enum MaterialForm {
        ORE, OXIDE, METAL, ALLOY, COMPOUND, MAGNET
    }
}
