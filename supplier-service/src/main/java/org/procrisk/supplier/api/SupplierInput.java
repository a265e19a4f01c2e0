package org.procrisk.supplier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.procrisk.common.validation.SafeText;

@Schema(name = "SupplierInput", description = "A supplier as the buyer's ERP knows it.")
public record SupplierInput(
        @Schema(description = "The buyer's vendor number; unique", example = "V-10042")
        @NotBlank @Size(max = 64) @SafeText String externalId,
        @Schema(example = "Baotou Magnet Works Co., Ltd.") @NotBlank @Size(max = 200) @SafeText String name,
        @Schema(description = "ISO 3166-1 alpha-2", example = "CN") @NotNull String country,
        @Schema(description = "Production sites, optional") @Size(max = 100) List<@Valid @NotNull SiteDto> sites) {

    public SupplierInput {
        sites = sites == null ? List.of() : sites;
    }
}
