package org.procrisk.supplier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.procrisk.common.validation.SafeText;

@Schema(name = "Site")
public record SiteDto(
        @Schema(example = "Baotou sintering plant") @NotBlank @Size(max = 200) @SafeText String name,
        @Schema(example = "CN") @NotNull String country,
        @Schema(example = "MAGNET_MAKER") @NotNull SiteRole role) {

    public enum SiteRole {
        MINE, REFINER, MAGNET_MAKER, MANUFACTURER
    }
}
