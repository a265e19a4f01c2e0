package org.procrisk.supplier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.procrisk.common.validation.SafeText;

@Schema(name = "PartInput", description = "A purchased part and its material composition.")
public record PartInput(
        @Schema(description = "The buyer's part number; unique", example = "MAG-ROTOR-48")
        @NotBlank @Size(max = 64) @SafeText String partNumber,
        @Schema(example = "NdFeB rotor magnet, 48 mm") @Size(max = 500) @SafeText String description,
        @Schema(description = "Unit the quantity of an order line counts in", example = "EA", defaultValue = "EA")
        @Size(max = 16) String unitOfMeasure,
        @Schema(description = "Each material at most once") @NotEmpty @Size(max = 100)
        List<@Valid @NotNull ComponentDto> composition,
        @Schema(description = "externalIds of the suppliers this part is bought from", example = "[\"V-10042\"]")
        @Size(max = 1000) List<@NotBlank @SafeText String> suppliers) {

    public PartInput {
        unitOfMeasure = unitOfMeasure == null || unitOfMeasure.isBlank() ? "EA" : unitOfMeasure;
        suppliers = suppliers == null ? List.of() : suppliers;
        composition = composition == null ? List.of() : composition;
    }
}
