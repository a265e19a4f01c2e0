package org.procrisk.scoring.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Method", description = "The scoring method this service applies, with every parameter in force.")
public record MethodDto(
        @Schema(example = "procrisk critical-mineral exposure") String name,
        @Schema(example = "1") String version,
        @Schema(description = "Where the method is defined") String specification,
        Parameters parameters) {

    @Schema(name = "MethodParameters")
    public record Parameters(
            @Schema(description = "Disruption probability per measure", example = "{\"BAN\":1.0,\"QUOTA\":0.6,\"LICENCE\":0.5,\"DUTY\":0.2,\"TECH_BAN\":0.0}")
            Map<String, Double> severity,
            @Schema(example = "0") double deMinimisKg,
            @Schema(example = "0.5") double singleCountryThreshold,
            @Schema(example = "0.5") double concentrationWeight,
            @Schema(example = "0.5") double nonControllingCountryWeight,
            @Schema(example = "2500") double hhiThreshold,
            @Schema(example = "90") int suspensionLapseWarningDays) {
    }
}
